import java.io.File;
import java.nio.file.Files;
import org.omegat.core.Core;
import org.omegat.core.data.NotLoadedProject;
import org.omegat.core.data.ProjectProperties;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderTBX;
import org.omegat.gui.glossary.GlossaryReaderTSV;
import java.util.List;

/**
 * Reads a glossary with OmegaT's own readers (the ones its Glossary pane uses: TBX for a .tbx file, else its
 * tab-separated format), as a project from SOURCE to TARGET would, and prints one line per entry it makes: the
 * source term, a tab, the target terms joined with " | ", a tab, and the comment (line breaks as spaces).
 * Run with the source launcher: java -cp OmegaT.jar OmegaTGlossaryProbe.java FILE SOURCE TARGET
 */
public class OmegaTGlossaryProbe {
    public static void main(String[] args) throws Exception {
        File folder = Files.createTempDirectory("omegat-glossary").toFile();
        ProjectProperties properties = new ProjectProperties(folder);
        properties.setSourceLanguage(args[1]);
        properties.setTargetLanguage(args[2]);
        // The reader asks the current project for its languages; this project is only those.
        Core.setProject(new NotLoadedProject() {
            @Override public ProjectProperties getProjectProperties() { return properties; }
        });
        File file = new File(args[0]);
        List<GlossaryEntry> entries = file.getName().endsWith(".tbx")
            ? GlossaryReaderTBX.read(file, false) : GlossaryReaderTSV.read(file, false);
        for (GlossaryEntry entry : entries) {
            String comment = entry.getCommentText().replaceAll("\\s+", " ");
            System.out.println(entry.getSrcText() + "\t" + String.join(" | ", entry.getLocTerms(false)) + "\t" + comment);
        }
        folder.delete();
    }
}
