// GesprekBot on Azure: App Service (Linux, .NET 10) + Azure Bot with the Teams channel, and an
// optional PostgreSQL flexible server. Deployment steps and what is not automated: ../README.md.
// main.json beside this file is compiled from it (the test suite checks that it is current).
targetScope = 'resourceGroup'

@description('Base name of every resource; the web app is <name>.azurewebsites.net, so it must be globally unique.')
@minLength(3)
@maxLength(40)
param name string

@description('Region of the App Service plan, the web app and the database (the bot itself is global).')
param location string = resourceGroup().location

@description('App Service plan size. Basic or higher: "always on" is not available on Free or Shared plans.')
@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'S3', 'P0v3', 'P1v3', 'P2v3', 'P3v3'])
param appServicePlanSku string = 'B1'

@description('Web app instances. Only with usePostgres: the embedded SQLite store allows one instance, so without PostgreSQL this is ignored and 1 is used.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('How the bot authenticates to the Bot Framework: SingleTenant (an app registration with a client secret, made before this deployment) or UserAssignedMSI (a managed identity this template creates; see the README: the host cannot use it yet).')
@allowed(['SingleTenant', 'UserAssignedMSI'])
param botAppType string = 'SingleTenant'

@description('SingleTenant: the app registration\'s application (client) id. Ignored for UserAssignedMSI.')
param botAppId string = ''

@description('SingleTenant: a client secret of that app registration. Pass it on the command line, never in a parameter file.')
@secure()
param botAppPassword string = ''

@description('Tenant of the app registration (SingleTenant) or of the identity (UserAssignedMSI); default: this subscription\'s tenant.')
param botTenantId string = tenant().tenantId

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams are free anyway) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('Secret of the bot\'s own Direct Line endpoint (the chat page). At least 32 characters; the same on every instance so tokens survive restarts and scale-out.')
@secure()
@minLength(32)
param directLineSecret string

@description('Origins of the organisation\'s own website that embed the chat (CORS), e.g. ["https://www.caw.be"]. Empty: only the bot\'s own chat page.')
param chatAllowedOrigins array = []

@description('Organisation that receives intakes started without an invite (Review:DefaultOrganisation). Empty: see the main README.')
param defaultOrganisation string = ''

@description('Service named in the chat when a client asks to erase an earlier intake (Intake:ServiceName).')
param serviceName string = ''

@description('Create an Azure Database for PostgreSQL flexible server and use it as the store (required for more than one instance).')
param usePostgres bool = false

@description('PostgreSQL administrator login (with usePostgres).')
param postgresAdminLogin string = 'gesprekbot'

@description('PostgreSQL administrator password (with usePostgres). Pass it on the command line.')
@secure()
param postgresAdminPassword string = ''

@description('PostgreSQL compute size (Burstable tier).')
@allowed(['Standard_B1ms', 'Standard_B2s', 'Standard_B2ms'])
param postgresSku string = 'Standard_B1ms'

@description('Thumbprint of the key-ring certificate (PKCS#12 with private key) uploaded to this web app\'s private key certificates; empty: none yet. Required in Production with usePostgres: the host does not start without it. See the README for the two-step deployment.')
param keyRingCertificateThumbprint string = ''

// The default host name is <site name>.azurewebsites.net (no random suffix is requested), so the
// bot's endpoint and the chat's public address are known before the site exists.
var hostName = '${name}.azurewebsites.net'

module identity 'modules/botIdentity.bicep' = if (botAppType == 'UserAssignedMSI') {
  name: 'botIdentity'
  params: {
    name: '${name}-bot-identity'
    location: location
  }
}

module postgres 'modules/postgres.bicep' = if (usePostgres) {
  name: 'postgres'
  params: {
    name: '${name}-pg'
    location: location
    sku: postgresSku
    adminLogin: postgresAdminLogin
    adminPassword: postgresAdminPassword
  }
}

var msi = botAppType == 'UserAssignedMSI'

module web 'modules/webApp.bicep' = {
  name: 'webApp'
  params: {
    name: name
    location: location
    sku: appServicePlanSku
    instanceCount: usePostgres ? instanceCount : 1
    hostName: hostName
    botAppId: msi ? identity!.outputs.clientId : botAppId
    botAppPassword: msi ? '' : botAppPassword
    botTenantId: botTenantId
    botIdentityResourceId: msi ? identity!.outputs.resourceId : ''
    directLineSecret: directLineSecret
    chatAllowedOrigins: chatAllowedOrigins
    defaultOrganisation: defaultOrganisation
    serviceName: serviceName
    postgresConnectionString: usePostgres
      ? 'Host=${postgres!.outputs.hostName};Database=${postgres!.outputs.databaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=Require'
      : ''
    keyRingCertificateThumbprint: keyRingCertificateThumbprint
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${name}-bot'
    sku: botSku
    messagingEndpoint: 'https://${hostName}/api/messages'
    appType: botAppType
    appId: msi ? identity!.outputs.clientId : botAppId
    tenantId: botTenantId
    identityResourceId: msi ? identity!.outputs.resourceId : ''
  }
}

@description('The Azure Bot\'s messaging endpoint (the web app\'s /api/messages).')
output messagingEndpoint string = bot.outputs.messagingEndpoint

@description('The web app\'s address: the chat page at /, caseworker review at /review.')
output webAppUrl string = 'https://${web.outputs.defaultHostName}/'

@description('The bot\'s host name: --host for the Teams package.')
output hostName string = web.outputs.defaultHostName

@description('The bot\'s Microsoft App ID: --bot-id for the Teams package.')
output botAppId string = msi ? identity!.outputs.clientId : botAppId

@description('The web app\'s name (for az webapp deploy and az webapp config ssl upload).')
output webAppName string = web.outputs.name
