// The user-assigned managed identity an Azure Bot of type UserAssignedMSI is registered with.
param name string
param location string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
}

output clientId string = identity.properties.clientId
output resourceId string = identity.id
