package dev.autogen.it.corpus.named_enum_created.v2;

public enum Status { OPEN, CLOSED, ARCHIVED }
