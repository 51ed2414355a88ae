package dev.autogen.it.corpus.named_enum_value_added.v2;

public enum Status { OPEN, CLOSED, ARCHIVED, WAITING }
