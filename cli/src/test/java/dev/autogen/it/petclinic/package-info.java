/**
 * Entities mapped as the Spring PetClinic sample maps them (owners, pets, visits, vets and their
 * specialties), for adopting a schema written by hand in the shape of its PostgreSQL {@code schema.sql}.
 */
package dev.autogen.it.petclinic;
