using System.Text.Json;

namespace GesprekBot.Bot.Channels.DirectLine;

/// <summary>
/// Reads a JSON request body with a size limit, answering 413 for too large and 400 for malformed
/// bodies in our error shape, instead of the framework's own answers.
/// </summary>
internal static class JsonBody
{
    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, int maxBytes, bool required, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return required
                ? (null, DirectLineError.Create(StatusCodes.Status400BadRequest, "MissingBody", "A JSON body is required."))
                : (null, null);
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), DirectLineJson.InboundOptions);
            return value is null && required
                ? (null, DirectLineError.Create(StatusCodes.Status400BadRequest, "MissingBody", "A JSON body is required."))
                : (value, null);
        }
        catch (JsonException)
        {
            return (null, DirectLineError.Create(StatusCodes.Status400BadRequest, "MalformedJson", "The body is not valid JSON for this call."));
        }
    }

    private static IResult TooLarge(int maxBytes) =>
        DirectLineError.Create(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The body is larger than {maxBytes} bytes.");
}
