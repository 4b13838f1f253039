namespace GesprekBot.Dialogs.Engine.Prompts;

/// <summary>Marks the prompts, whatever their value type, so the engine can recognise an active question.</summary>
internal interface IPrompt;
