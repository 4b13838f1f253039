// The language project moved its public types (LifeDomain, MemberKind, ContactFrequency, …) into
// the GesprekBot.Language namespace on main, while the network branch still imports the old
// feature namespaces; this keeps the merged tree compiling until the owners of those files update
// their usings. Safe to delete then.
global using GesprekBot.Language;
