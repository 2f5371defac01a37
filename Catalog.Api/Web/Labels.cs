namespace Catalog.Api.Web;

/// <summary>
/// The web app's shared texts (layout, navigation, common words): <c>Labels.resx</c> in Spanish, the default,
/// and <c>Labels.en.resx</c> in English. Read through <c>IStringLocalizer&lt;Labels&gt;</c>.
/// </summary>
public sealed class Labels;
