namespace LtiPathways.LtiTool.Features.Library;

public static class LibraryServices
{
    public static IServiceCollection AddRubricLibrary(this IServiceCollection services)
    {
        services.AddScoped<LibraryService>();
        services.AddScoped<LibraryTransfer>();
        services.AddScoped<RubricEditing>();
        return services;
    }
}
