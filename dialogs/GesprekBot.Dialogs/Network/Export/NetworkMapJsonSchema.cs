namespace GesprekBot.Dialogs.Network.Export;

/// <summary>
/// The JSON Schema (draft 2020-12) of <see cref="NetworkMapJson"/>'s output, published with it so a
/// research tool or a later build can check what it reads. Kept as a string in code rather than an
/// embedded file so the project file stays untouched; a test validates the writer against it.
/// </summary>
public static class NetworkMapJsonSchema
{
    public const string Text = """
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://gesprekbot.local/schemas/network-map/1",
      "title": "GesprekBot network map",
      "description": "A client's social network map (Inclusieweb-style rings and life domains). Sensitive personal data about the client and third parties.",
      "type": "object",
      "required": ["schema", "schemaVersion", "revision", "filledInBy", "completedAt", "satisfaction", "members", "ties", "wishes", "notes"],
      "additionalProperties": false,
      "properties": {
        "schema": { "const": "https://gesprekbot.local/schemas/network-map/1" },
        "schemaVersion": { "const": 1 },
        "revision": { "type": "integer", "minimum": 1, "description": "Counts the maps of one client; compare a later revision with an earlier one." },
        "filledInBy": { "enum": ["client", "caseworker"] },
        "completedAt": { "type": ["string", "null"], "format": "date-time" },
        "satisfaction": { "type": ["integer", "null"], "minimum": 0, "maximum": 10 },
        "members": { "type": "array", "items": { "$ref": "#/$defs/member" } },
        "ties": {
          "type": "array",
          "description": "Undirected: two members who know each other, by member id.",
          "items": {
            "type": "object",
            "required": ["first", "second"],
            "additionalProperties": false,
            "properties": { "first": { "type": "string" }, "second": { "type": "string" } }
          }
        },
        "wishes": { "type": "array", "description": "People the client would like (back) in their network, in their words.", "items": { "type": "string" } },
        "notes": {
          "type": "array",
          "description": "Answers the bot could not understand, kept in the client's words.",
          "items": {
            "type": "object",
            "required": ["topic", "text", "memberId"],
            "additionalProperties": false,
            "properties": { "topic": { "type": "string" }, "text": { "type": "string" }, "memberId": { "type": ["string", "null"] } }
          }
        }
      },
      "$defs": {
        "support": { "enum": ["emotional", "practical", "companionship", "advice"] },
        "member": {
          "type": "object",
          "required": ["id", "label", "kind", "name", "role", "domain", "ring", "supportReceived", "supportGiven", "frequency", "quality", "wish", "isWished", "note"],
          "additionalProperties": false,
          "properties": {
            "id": { "type": "string" },
            "label": { "type": "string", "description": "As the client said it." },
            "kind": { "enum": ["person", "group", "animal", "place"] },
            "name": { "type": ["string", "null"] },
            "role": { "type": ["string", "null"], "description": "Normalised relation, e.g. moeder, buur, begeleider." },
            "domain": { "enum": ["unknown", "family", "friends", "neighbourhood", "school_and_work", "leisure", "professional", "housing", "belief", "online"] },
            "ring": { "type": ["integer", "null"], "minimum": 1, "maximum": 4, "description": "1 = very close ... 4 = far; null = not placed yet." },
            "supportReceived": { "type": "array", "items": { "$ref": "#/$defs/support" } },
            "supportGiven": { "type": "array", "items": { "$ref": "#/$defs/support" } },
            "frequency": { "enum": ["daily", "weekly", "monthly", "yearly", "never", null] },
            "quality": { "enum": ["good", "mixed", "difficult", null] },
            "wish": { "enum": ["reanimate", "activate", "unblock", "intensify", "maintain", "expand", null] },
            "isWished": { "type": "boolean" },
            "note": { "type": ["string", "null"] }
          }
        }
      }
    }
    """;
}
