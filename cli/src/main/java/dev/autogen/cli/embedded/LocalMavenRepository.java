package dev.autogen.cli.embedded;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The user's local Maven repository, where a build that used zonky's binaries left them:
 * {@code localRepository} of {@code ~/.m2/settings.xml} when it sets one, otherwise
 * {@code ~/.m2/repository}. Only read, never written.
 *
 * @param root the repository's folder
 */
public record LocalMavenRepository(Path root) {
    /** The local repository of the user whose home folder is {@code home}. */
    public static LocalMavenRepository of(Path home) {
        Path m2 = home.resolve(".m2");
        return new LocalMavenRepository(configured(m2.resolve("settings.xml"), home).orElse(m2.resolve("repository")));
    }

    /** The artifact's jar in this repository, when it is there. */
    public Optional<Path> find(BinaryArtifact artifact) {
        Path jar = root.resolve(artifact.repositoryPath());
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    private static Optional<Path> configured(Path settings, Path home) {
        if (!Files.isRegularFile(settings)) {
            return Optional.empty();
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            Document document = builder.parse(settings.toFile());
            NodeList nodes = document.getDocumentElement().getElementsByTagName("localRepository");
            if (nodes.getLength() == 0 || nodes.item(0).getTextContent().isBlank()) {
                return Optional.empty();
            }
            String value = nodes.item(0).getTextContent().strip().replace("${user.home}", home.toString());
            return value.contains("${") ? Optional.empty() : Optional.of(home.resolve(value));
        } catch (IOException | SAXException | ParserConfigurationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
