package dev.autogen.it.corpus.enum_ordinal_to_string.v1;

public enum Status { LOW, MEDIUM, HIGH }
