package dev.autogen.it.corpus.named_enum_from_varchar.v1;

public enum Status { OPEN, CLOSED }
