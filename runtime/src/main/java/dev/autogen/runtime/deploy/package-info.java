/**
 * The deploy-time commands ({@code upgrade}, {@code downgrade}, {@code current}, {@code history},
 * {@code heads}, {@code show}, {@code stamp}, and {@code lint}, the lock review of existing migrations)
 * as picocli commands that need neither Hibernate nor a compiler. {@link dev.autogen.runtime.deploy.DeployMain}
 * runs them over compiled migrations on the class path or in the jars of {@code --classpath} (an
 * application's fat jar included), in production; the {@code autogen} command line reuses the same commands over
 * migration sources. Options come from the command line, the environment and
 * {@code autogen.properties} (see {@link dev.autogen.runtime.deploy.Settings}).
 */
package dev.autogen.runtime.deploy;
