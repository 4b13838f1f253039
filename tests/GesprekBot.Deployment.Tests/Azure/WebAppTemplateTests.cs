namespace GesprekBot.Deployment.Tests.Azure;

public sealed class WebAppTemplateTests
{
    /// <summary>Keys that ASP.NET Core itself or App Service reads, not our options classes.</summary>
    private static readonly Dictionary<string, string> PlatformSettings = new(StringComparer.Ordinal)
    {
        ["ASPNETCORE_ENVIRONMENT"] = "the host's environment (Production requires the key-ring certificate with PostgreSQL)",
        ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "ASP.NET Core honours X-Forwarded-Proto from App Service's TLS front end",
        ["WEBSITES_PORT"] = "App Service: the port the app listens on",
        ["WEBSITE_LOAD_CERTIFICATES"] = "App Service: writes the key-ring certificate to /var/ssl/private",
    };

    [Fact]
    public void Every_app_setting_is_a_key_the_host_binds_or_a_platform_key()
    {
        var names = ArmTemplate.AppSettingNames();

        Assert.NotEmpty(names);
        Assert.DoesNotContain(names, name => !HostConfigurationKeys.Binds(name) && !PlatformSettings.ContainsKey(name));
        Assert.DoesNotContain(PlatformSettings.Keys, key => !names.Contains(key));
    }

    [Fact]
    public void App_settings_hold_what_the_host_needs_in_Azure()
    {
        var names = ArmTemplate.AppSettingNames();

        foreach (var needed in new[]
        {
            "Urls", "Storage__Provider", "Storage__DataDirectory", "Storage__ConnectionStrings__Postgres", "Storage__KeysCertificatePath",
            "Bot__MicrosoftAppId", "Bot__MicrosoftAppPassword", "Bot__MicrosoftAppTenantId",
            "DirectLine__Secret", "DirectLine__AllowedOrigins__0", "Review__PublicBaseUrl",
        })
        {
            Assert.Contains(needed, names);
        }
    }

    [Fact]
    public void App_settings_point_the_host_at_App_Service_paths_and_port()
    {
        var settings = ArmTemplate.AppSettings().ToDictionary(setting => setting.Name, setting => setting.Value);

        // The port Kestrel listens on is the one App Service forwards to.
        Assert.EndsWith(":" + settings["WEBSITES_PORT"], settings["Urls"], StringComparison.Ordinal);
        // /home survives restarts and deployments; the content root does not.
        Assert.StartsWith("/home/", settings["Storage__DataDirectory"], StringComparison.Ordinal);
        // Where App Service writes a private certificate named in WEBSITE_LOAD_CERTIFICATES.
        Assert.Equal("[parameters('keyRingCertificateThumbprint')]", settings["WEBSITE_LOAD_CERTIFICATES"]);
        Assert.Contains("format('/var/ssl/private/{0}.p12', parameters('keyRingCertificateThumbprint'))", settings["Storage__KeysCertificatePath"], StringComparison.Ordinal);
        Assert.Equal("[format('https://{0}', parameters('hostName'))]", settings["Review__PublicBaseUrl"]);
        Assert.Equal("true", settings["ASPNETCORE_FORWARDEDHEADERS_ENABLED"]);
    }

    [Fact]
    public void The_test_knows_the_host_keys_it_checks_against()
    {
        // Guards the reflection: if it found nothing, every name would fail for the wrong reason.
        Assert.True(HostConfigurationKeys.Binds("Bot__MicrosoftAppId"));
        Assert.True(HostConfigurationKeys.Binds("Storage__ConnectionStrings__Postgres"));
        Assert.True(HostConfigurationKeys.Binds("Review__FirstCaseworker__Email"));
        Assert.True(HostConfigurationKeys.Binds("DirectLine__AllowedOrigins__3"));
        Assert.True(HostConfigurationKeys.Binds("Intake__RetentionDays"));
        Assert.False(HostConfigurationKeys.Binds("Bot__MicrosoftAppType"));
        Assert.False(HostConfigurationKeys.Binds("Bot__AuthenticationEnabled"));
        Assert.False(HostConfigurationKeys.Binds("DirectLine__Secret__0"));
    }

    [Fact]
    public void The_site_sets_its_app_settings_only_from_those_variables()
    {
        var appSettings = ArmTemplate.Site["properties"]!["siteConfig"]!["appSettings"]!.GetValue<string>();

        Assert.Equal("[filter(concat(variables('settings'), variables('originSettings')), lambda('setting', not(empty(lambdaVariables('setting').value))))]", appSettings);
    }

    [Fact]
    public void The_site_is_https_only_always_on_with_web_sockets_and_the_readiness_probe()
    {
        var properties = ArmTemplate.Site["properties"]!;
        var config = properties["siteConfig"]!;

        Assert.True(properties["httpsOnly"]!.GetValue<bool>());
        Assert.True(config["alwaysOn"]!.GetValue<bool>());
        Assert.True(config["webSocketsEnabled"]!.GetValue<bool>());
        Assert.Equal("/readyz", config["healthCheckPath"]!.GetValue<string>());
        Assert.Equal("DOTNETCORE|10.0", config["linuxFxVersion"]!.GetValue<string>());
        Assert.Equal("1.2", config["minTlsVersion"]!.GetValue<string>());
    }

    [Fact]
    public void The_bot_is_single_tenant_or_managed_identity_with_the_Teams_channel()
    {
        var main = ArmTemplate.Main;
        Assert.Equal(["SingleTenant", "UserAssignedMSI"], main["parameters"]!["botAppType"]!["allowedValues"]!.AsArray().Select(value => value!.GetValue<string>()));
        var resources = ArmTemplate.Templates(main).SelectMany(ArmTemplate.Resources).ToList();
        var bot = resources.Single(resource => resource["type"]!.GetValue<string>() == "Microsoft.BotService/botServices");
        Assert.Equal("azurebot", bot["kind"]!.GetValue<string>());
        var channel = resources.Single(resource => resource["type"]!.GetValue<string>() == "Microsoft.BotService/botServices/channels");
        Assert.Equal("MsTeamsChannel", channel["properties"]!["channelName"]!.GetValue<string>());
        Assert.Contains(resources, resource => resource["type"]!.GetValue<string>() == "Microsoft.DBforPostgreSQL/flexibleServers");
        Assert.Contains("messagingEndpoint", main["outputs"]!.AsObject().Select(pair => pair.Key));
        Assert.Contains("webAppUrl", main["outputs"]!.AsObject().Select(pair => pair.Key));
    }
}
