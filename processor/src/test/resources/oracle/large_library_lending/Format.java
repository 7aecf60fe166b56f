package oracle.largelibrarylending;

public enum Format { HARDBACK, PAPERBACK, EBOOK, AUDIO }
