// App Service plan (Linux) and the web app that runs bot/GesprekBot.Bot. Every app setting below
// is a configuration key the host reads (the deployment tests check the names against the code).
param name string
param location string
param sku string
param instanceCount int
param hostName string

param botAppId string

@secure()
param botAppPassword string
param botTenantId string

@description('UserAssignedMSI: the identity attached to the web app; empty for SingleTenant.')
param botIdentityResourceId string

@secure()
param directLineSecret string
param chatAllowedOrigins array
param defaultOrganisation string
param serviceName string

@description('Empty: the embedded SQLite store.')
@secure()
param postgresConnectionString string
param keyRingCertificateThumbprint string

var usePostgres = !empty(postgresConnectionString)

// Empty values are left out below, so the host's own defaults apply instead of an empty string.
var settings = [
  // Framework and platform keys: the environment; X-Forwarded-Proto from App Service's TLS front end,
  // so the Direct Line streamUrl is wss:// and links are https://; and the port App Service forwards
  // to (appsettings.json's Urls, localhost:3978, would otherwise win over the platform's default).
  { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
  { name: 'ASPNETCORE_FORWARDEDHEADERS_ENABLED', value: 'true' }
  { name: 'Urls', value: 'http://0.0.0.0:8080' }
  { name: 'WEBSITES_PORT', value: '8080' }
  // /home is the web app's persistent storage; the content root (wwwroot) is replaced on deploy.
  { name: 'Storage__DataDirectory', value: '/home/data' }
  { name: 'Storage__Provider', value: usePostgres ? 'Postgres' : 'Sqlite' }
  { name: 'Storage__ConnectionStrings__Postgres', value: postgresConnectionString }
  // App Service puts a private key certificate named in WEBSITE_LOAD_CERTIFICATES at
  // /var/ssl/private/<thumbprint>.p12, without a password.
  { name: 'WEBSITE_LOAD_CERTIFICATES', value: keyRingCertificateThumbprint }
  { name: 'Storage__KeysCertificatePath', value: empty(keyRingCertificateThumbprint) ? '' : '/var/ssl/private/${keyRingCertificateThumbprint}.p12' }
  { name: 'Bot__MicrosoftAppId', value: botAppId }
  { name: 'Bot__MicrosoftAppPassword', value: botAppPassword }
  { name: 'Bot__MicrosoftAppTenantId', value: botTenantId }
  { name: 'DirectLine__Secret', value: directLineSecret }
  { name: 'Review__PublicBaseUrl', value: 'https://${hostName}' }
  { name: 'Review__DefaultOrganisation', value: defaultOrganisation }
  { name: 'Intake__ServiceName', value: serviceName }
]

var originSettings = [for (origin, i) in chatAllowedOrigins: { name: 'DirectLine__AllowedOrigins__${i}', value: origin }]

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: sku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  kind: 'app,linux'
  identity: empty(botIdentityResourceId)
    ? { type: 'None' }
    : {
        type: 'UserAssigned'
        userAssignedIdentities: {
          '${botIdentityResourceId}': {}
        }
      }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // No affinity cookie: instances share conversations, streams (LISTEN/NOTIFY) and the key ring
    // through PostgreSQL ("Scale-out" in bot/GesprekBot.Storage/README.md).
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet GesprekBot.Bot.dll'
      alwaysOn: true
      healthCheckPath: '/readyz'
      webSocketsEnabled: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: filter(concat(settings, originSettings), setting => !empty(setting.value))
    }
  }
}

output defaultHostName string = site.properties.defaultHostName
output name string = site.name
