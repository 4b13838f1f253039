namespace GesprekBot.Language.Crisis.Model;

/// <summary>What the model makes of a text: how likely it is any crisis (1 − P(none)), the likeliest kind, and how many words it read.</summary>
internal readonly record struct ModelPrediction(double CrisisScore, CrisisKind Kind, int Words);
