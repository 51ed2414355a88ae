/** The to-do entities: lists and the tasks on them. */
package dev.autogen.sample.model;
