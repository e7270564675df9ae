using LtiPathways.LtiTool.Features.Library.Editor;
using LtiPathways.PathwayGraphQL.Library;

namespace LtiPathways.LtiTool.Features.Library;

public static class LibraryServices
{
    public static IServiceCollection AddRubricLibrary(this IServiceCollection services)
    {
        services.AddScoped<RubricLibrary>();
        services.AddScoped<LibraryService>();
        services.AddScoped<LibraryQueries>();
        services.AddScoped<LibraryTransfer>();
        services.AddScoped<RubricEditing>();
        services.AddScoped<RubricEditorContext>();
        return services;
    }
}
