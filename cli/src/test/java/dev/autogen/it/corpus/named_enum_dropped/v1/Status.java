package dev.autogen.it.corpus.named_enum_dropped.v1;

public enum Status { OPEN, CLOSED }
