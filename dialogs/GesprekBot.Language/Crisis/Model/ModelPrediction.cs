namespace GesprekBot.Language.Crisis.Model;

/// <summary>What the model makes of a text: how likely it is any crisis (1 − P(none)) and the likeliest kind.</summary>
internal readonly record struct ModelPrediction(double CrisisScore, CrisisKind Kind);
