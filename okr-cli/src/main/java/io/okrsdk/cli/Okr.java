package io.okrsdk.cli;

import io.okrsdk.core.ForbiddenException;
import io.okrsdk.core.OkrApiException;
import io.okrsdk.core.OkrException;
import io.okrsdk.core.OkrNetworkException;
import io.okrsdk.core.UnauthorizedException;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code okr} command: one view over Perform &amp; Engage 365, OGSM, Gtmhub and OKR for Jira. */
@Command(
    name = "okr",
    mixinStandardHelpOptions = true,
    versionProvider = Okr.Version.class,
    description = "One view over Perform & Engage 365, OGSM, Gtmhub (Quantive Results) and OKR for Jira.",
    subcommands = {ExportCommand.class, TreeCommand.class, SummaryCommand.class, CommandLine.HelpCommand.class},
    footerHeading = "%nCredentials:%n",
    footer = {
      "  Each platform reads OKRSDK_<PLATFORM>_* variables:",
      "    Perform  OKRSDK_PERFORM_USERNAME, OKRSDK_PERFORM_API_KEY, OKRSDK_PERFORM_REGION or OKRSDK_PERFORM_BASE_URL",
      "    OGSM     OKRSDK_OGSM_USERNAME, OKRSDK_OGSM_PASSWORD, OKRSDK_OGSM_SUBDOMAIN or OKRSDK_OGSM_BASE_URL",
      "    Gtmhub   OKRSDK_GTMHUB_TOKEN, OKRSDK_GTMHUB_ACCOUNT_ID, OKRSDK_GTMHUB_REGION or OKRSDK_GTMHUB_BASE_URL",
      "    Jira     OKRSDK_JIRA_TOKEN (optionally OKRSDK_JIRA_REGION or OKRSDK_JIRA_BASE_URL)",
      "  --demo uses the embedded fakes instead.",
      "",
      "Exit codes:",
      "  0 done, 1 other failure, 2 usage or missing credentials, 3 authentication refused,",
      "  4 network unreachable, 5 server error or unreadable answer."
    })
public final class Okr implements Runnable {
  @Mixin GlobalOptions options;

  @Spec CommandSpec spec;

  private final Context context;

  Okr(Context context) {
    this.context = context;
  }

  Context context() {
    return context;
  }

  /** Without a command: say which, as a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: export, tree or summary");
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv(), stderrIsTerminal()));
  }

  /**
   * Runs the command line in this process.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @param env the environment
   * @param stderrIsTerminal whether progress may be drawn on stderr without {@code --progress}
   * @return the exit code
   */
  static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, boolean stderrIsTerminal) {
    Context context = new Context(out, err, env, stderrIsTerminal);
    CommandLine commandLine = new CommandLine(new Okr(context));
    PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    boolean verbose = Arrays.asList(args).contains("--verbose");
    commandLine
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(outWriter)
        .setErr(errWriter)
        .setExecutionExceptionHandler((error, command, parsed) -> fail(error, errWriter, verbose));
    try {
      return commandLine.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** One line saying what went wrong, and the exit code for it; the stack trace only with --verbose. */
  static int fail(Exception error, PrintWriter err, boolean verbose) {
    int code = exitCode(error);
    err.println("okr: " + message(error));
    if (verbose) {
      error.printStackTrace(err);
    } else if (code == ExitCodes.FAILURE || code == ExitCodes.SERVER) {
      err.println("okr: run with --verbose for details");
    }
    err.flush();
    return code;
  }

  static int exitCode(Throwable error) {
    if (error instanceof Context.MissingCredentialsException
        || error instanceof UnsupportedOperationException
        || error instanceof IllegalArgumentException) {
      return ExitCodes.USAGE;
    }
    if (error instanceof UnauthorizedException || error instanceof ForbiddenException) {
      return ExitCodes.AUTHENTICATION;
    }
    if (error instanceof OkrNetworkException) {
      return ExitCodes.NETWORK;
    }
    if (error instanceof OkrException) {
      return ExitCodes.SERVER;
    }
    return ExitCodes.FAILURE;
  }

  private static String message(Throwable error) {
    if (error instanceof UnauthorizedException || error instanceof ForbiddenException) {
      return "the platform refused the credentials (" + ((OkrApiException) error).statusCode()
          + "): check the OKRSDK_<PLATFORM>_* variables. " + error.getMessage();
    }
    if (error instanceof OkrNetworkException) {
      return "could not reach the platform: " + error.getMessage();
    }
    if (error instanceof UncheckedIOException || error instanceof IOException) {
      return "could not write the output: " + error.getMessage();
    }
    String message = error.getMessage();
    if (error instanceof Context.MissingCredentialsException || error instanceof OkrException
        || error instanceof UnsupportedOperationException || error instanceof IllegalArgumentException) {
      return message;
    }
    return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /**
   * Whether stderr is a terminal, as far as Java can tell: a console is attached, and on JDK 22 and
   * later {@code Console.isTerminal()} agrees.
   */
  private static boolean stderrIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Okr.class.getPackage().getImplementationVersion();
      return new String[] {"okr " + (version == null ? "(development build)" : version)};
    }
  }
}
