package oracle.largelibrarylending;

public enum CopyCondition { NEW, GOOD, WORN, DAMAGED, LOST }
