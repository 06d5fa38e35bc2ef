package gold.t.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven headless by chromedriver (explicit paths, so Selenium Manager never runs),
 * with a fresh profile and a download directory; screenshots go to target/screenshots. Outside CI a
 * machine without chromium skips the browser tests; in CI (CI=true) that is a failure.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    final WebDriver driver;
    final Path downloads;
    private final Path profile;
    private final ChromeDriverService service;

    private Browser(WebDriver driver, ChromeDriverService service, Path profile, Path downloads) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
        this.downloads = downloads;
    }

    static Browser start() throws IOException {
        boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(present, "chromium and chromium-driver are not installed");
        } else if (!present) {
            throw new IllegalStateException("chromium and chromium-driver are required in CI (.ci/run installs them)");
        }
        Path profile = Files.createTempDirectory("gold-chromium-");
        Path downloads = Files.createTempDirectory("gold-downloads-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toString());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1024,768",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile);
        o.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriver driver = new ChromeDriver(service, o);
        return new Browser(driver, service, profile, downloads);
    }

    /** Saves a PNG of the current page as target/screenshots/NAME.png. */
    void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(dir.resolve(name + ".png"), png);
    }

    /** Waits (at most 15 s) for a finished download of this name. */
    Path download(String name) throws IOException, InterruptedException {
        Path file = downloads.resolve(name);
        for (int i = 0; i < 150; i++) {
            if (Files.exists(file) && !Files.exists(downloads.resolve(name + ".crdownload")) && Files.size(file) > 0) {
                return file;
            }
            Thread.sleep(100);
        }
        try (Stream<Path> s = Files.list(downloads)) {
            throw new IOException("no download " + name + "; the directory holds " + s.toList());
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            delete(profile);
            delete(downloads);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            System.err.println("cannot remove " + dir + ": " + e.getMessage());
        }
    }
}
