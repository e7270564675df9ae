using System.Globalization;
using BenchmarkDotNet.Running;
using LtiPathways.Benchmarks;

// dotnet run -c Release --project tests/Benchmarks -- --filter '*'     BenchmarkDotNet: ms per launch, one at a time
// dotnet run -c Release --project tests/Benchmarks -- --load [N] [W]   N launches (2000) by W concurrent workers (8)
// dotnet run -c Release --project tests/Benchmarks -- --caseload [S] [R] R caseload pages at 50 and then S students (500, 100)
// dotnet run -c Release --project tests/Benchmarks -- --institution [S] [R] R GraphQL "students at risk" and R caseload pages over S students (5000, 30)
// dotnet run -c Release --project tests/Benchmarks -- --dashboard [S] [R] R coordinator dashboard pages over S students (5000, 30)
// dotnet run -c Release --project tests/Benchmarks -- --filter '*PlanEvaluation*' --job short   µs per plan evaluated
// dotnet run -c Release --project tests/Benchmarks -- --upload URL FILE one tus upload to a running tool (tests/Benchmarks/upload-2gb.sh)
if (args is ["--upload", var url, var file])
{
    await UploadRun.RunAsync(new Uri(url), file, Console.Out);
    return 0;
}

if (args is ["--load", .. var rest])
{
    int Arg(int index, int fallback) => rest.Length > index ? int.Parse(rest[index], CultureInfo.InvariantCulture) : fallback;
    await LaunchLoad.RunAsync(Arg(0, 2000), Arg(1, 8), Console.Out);
    return 0;
}

if (args is ["--caseload", .. var sizes])
{
    int Arg(int index, int fallback) => sizes.Length > index ? int.Parse(sizes[index], CultureInfo.InvariantCulture) : fallback;
    await CaseloadRun.RunAsync(Arg(0, 500), Arg(1, 100), Console.Out);
    return 0;
}

if (args is ["--institution", .. var counts])
{
    int Arg(int index, int fallback) => counts.Length > index ? int.Parse(counts[index], CultureInfo.InvariantCulture) : fallback;
    await InstitutionPlansRun.RunAsync(Arg(0, 5000), Arg(1, 30), Console.Out);
    return 0;
}

if (args is ["--dashboard", .. var dashboardArgs])
{
    int Arg(int index, int fallback) => dashboardArgs.Length > index ? int.Parse(dashboardArgs[index], CultureInfo.InvariantCulture) : fallback;
    await DashboardRun.RunAsync(Arg(0, 5000), Arg(1, 30), Console.Out);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(LaunchBenchmarks).Assembly).Run(args);
return 0;
