// The Azure Bot registration and its Teams channel. Web Chat and Direct Line are served by the
// host itself (/v3/directline), so no Azure Direct Line channel is set up.
param name string
param sku string
param messagingEndpoint string

@allowed(['SingleTenant', 'UserAssignedMSI'])
param appType string
param appId string
param tenantId string

@description('UserAssignedMSI: the identity\'s resource id.')
param identityResourceId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: name
    endpoint: messagingEndpoint
    msaAppId: appId
    msaAppType: appType
    msaAppTenantId: tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityResourceId : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

output messagingEndpoint string = bot.properties.endpoint
