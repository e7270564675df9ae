using System.Text.Json.Serialization;

namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>One step of a module; the <c>kind</c> field of its JSON says which.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ReadingStep), "reading")]
[JsonDerivedType(typeof(QuizStep), "quiz")]
[JsonDerivedType(typeof(PracticalStep), "practical")]
public abstract record ModuleStep(string Id, string Title);
