package dev.carve.analyzer.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carve.analyzer.CarveException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutDetectorTest {
    @TempDir
    Path dir;

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void mavenMultiModuleWithDeclaredAndBuildHelperSourceFolders() throws IOException {
        write("pom.xml", """
                <project><groupId>g</groupId><artifactId>root</artifactId><version>1</version><packaging>pom</packaging>
                  <modules><module>core</module><module>web</module></modules></project>""");
        write("core/pom.xml", """
                <project><artifactId>core</artifactId>
                  <build><sourceDirectory>src/java</sourceDirectory>
                    <plugins><plugin><artifactId>build-helper-maven-plugin</artifactId><executions><execution>
                      <goals><goal>add-source</goal></goals>
                      <configuration><sources><source>${project.basedir}/gen</source></sources></configuration>
                    </execution></executions></plugin></plugins></build></project>""");
        write("web/pom.xml", "<project><artifactId>web</artifactId></project>");
        write("core/src/java/a/A.java", "package a; class A {}");
        write("core/gen/a/G.java", "package a; class G {}");
        write("core/src/main/java/a/Ignored.java", "package a; class Ignored {}");
        write("web/src/main/java/b/B.java", "package b; class B {}");
        write("web/src/test/java/b/BTest.java", "package b; class BTest {}");
        write("web/src/main/resources/db/migration/V1__x.sql", "create table t (id int);");
        Files.createDirectories(dir.resolve("web/target/classes"));

        ProjectLayout layout = LayoutDetector.detect(dir);

        assertThat(layout.tool()).isEqualTo(BuildTool.MAVEN);
        assertThat(layout.modules()).containsExactly(".", "core", "web");
        assertThat(layout.javaFiles())
                .extracting(layout::relative)
                .containsExactlyInAnyOrder(
                        "core/src/java/a/A.java",
                        "core/gen/a/G.java",
                        "web/src/main/java/b/B.java",
                        "web/src/test/java/b/BTest.java");
        assertThat(layout.sourceRootOf(dir.resolve("web/src/test/java/b/BTest.java"))
                        .orElseThrow()
                        .test())
                .isTrue();
        assertThat(layout.resourceFiles())
                .extracting(layout::relative)
                .containsExactly("web/src/main/resources/db/migration/V1__x.sql");
        assertThat(layout.classRoots()).containsExactly(dir.resolve("web/target/classes"));
    }

    @Test
    void gradleSettingsAndSourceSets() throws IOException {
        write("settings.gradle", "rootProject.name = 'shop'\ninclude 'app', ':lib'\n");
        write("app/build.gradle", """
                sourceSets {
                    main {
                        java { srcDirs = ['src/java'] }
                    }
                    test { java.srcDir 'tests' }
                }""");
        write("app/src/java/a/A.java", "package a; class A {}");
        write("app/tests/a/ATest.java", "package a; class ATest {}");
        write("lib/src/main/java/l/L.java", "package l; class L {}");

        ProjectLayout layout = LayoutDetector.detect(dir);

        assertThat(layout.tool()).isEqualTo(BuildTool.GRADLE);
        assertThat(layout.modules()).containsExactly(".", "app", "lib");
        assertThat(layout.javaFiles())
                .extracting(layout::relative)
                .containsExactlyInAnyOrder(
                        "app/src/java/a/A.java", "app/tests/a/ATest.java", "lib/src/main/java/l/L.java");
        assertThat(layout.sourceRootOf(dir.resolve("app/tests/a/ATest.java"))
                        .orElseThrow()
                        .test())
                .isTrue();
    }

    @Test
    void aPlainTreeSkipsBuildOutputAndVcsFolders() throws IOException {
        write("src/a/A.java", "package a; class A {}");
        write("target/gen/Skipped.java", "class Skipped {}");
        write(".git/x/Hidden.java", "class Hidden {}");
        ProjectLayout layout = LayoutDetector.detect(dir);
        assertThat(layout.tool()).isEqualTo(BuildTool.SOURCE_TREE);
        assertThat(layout.javaFiles()).extracting(layout::relative).containsExactly("src/a/A.java");
    }

    @Test
    void archivesAndClassFoldersAreBinaries() throws IOException {
        Path jar = write("app.war", "not really a war");
        assertThat(LayoutDetector.detect(jar).archives()).containsExactly(jar);
        write("classes/a/A.class", "cafebabe");
        ProjectLayout classes = LayoutDetector.detect(dir.resolve("classes"));
        assertThat(classes.tool()).isEqualTo(BuildTool.BINARIES);
        assertThat(classes.classRoots()).containsExactly(dir.resolve("classes"));
    }

    @Test
    void aMissingPathIsBadInputInOneLine() {
        assertThatThrownBy(() -> LayoutDetector.detect(dir.resolve("nowhere")))
                .isInstanceOfSatisfying(CarveException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CarveException.Kind.BAD_INPUT);
                    assertThat(e.getMessage())
                            .contains("nowhere")
                            .contains("no such file")
                            .doesNotContain("\n");
                });
    }

    @Test
    void aFolderWithoutJavaIsBadInput() throws IOException {
        write("README.md", "# nothing here");
        assertThatThrownBy(() -> LayoutDetector.detect(dir)).isInstanceOfSatisfying(CarveException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(2);
            assertThat(e.getMessage()).contains("no Java found");
        });
    }
}
