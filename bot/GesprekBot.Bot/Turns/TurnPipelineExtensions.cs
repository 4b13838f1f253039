namespace GesprekBot.Bot.Turns;

/// <summary>The turn pipeline; the dialog engine it runs is registered by the conversations (AddIntake).</summary>
public static class TurnPipelineExtensions
{
    public static WebApplicationBuilder AddTurnPipeline(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ConversationLocks>();
        builder.Services.AddSingleton<IActivityProcessor, ActivityProcessor>();
        builder.Services.AddHostedService<CrisisModelWarmup>();
        return builder;
    }

    /// <summary>
    /// Puts <paramref name="wrap"/> in front of the turn pipeline registered so far (a gate, a handler
    /// of some activities): every feature that wraps it goes through here, outermost last.
    /// </summary>
    public static IServiceCollection DecorateActivityProcessor(this IServiceCollection services, Func<IServiceProvider, IActivityProcessor, IActivityProcessor> wrap)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(wrap);
        var inner = services.LastOrDefault(d => d.ServiceType == typeof(IActivityProcessor) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("The turn pipeline (AddTurnPipeline) must be registered before it is wrapped.");
        services.Remove(inner);
        services.Add(ServiceDescriptor.Describe(typeof(IActivityProcessor), sp => wrap(sp, Create(sp, inner)), inner.Lifetime));
        return services;
    }

    private static IActivityProcessor Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IActivityProcessor)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
