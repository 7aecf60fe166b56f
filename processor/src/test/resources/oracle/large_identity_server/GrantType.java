package oracle.largeidentityserver;

public enum GrantType { AUTHORIZATION_CODE, CLIENT_CREDENTIALS, REFRESH_TOKEN, DEVICE_CODE }
