package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the CLI with args and returns the exit status; tests call it
// directly. An error is one line on stderr: "talksbot COMMAND: what went
// wrong and how to fix it".
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	root := newRootCmd(stdout, stderr)
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(ctx)
	if err != nil {
		who, msg := "talksbot", plainError(err)
		if cmd != nil && cmd != root {
			who += " " + cmd.Name()
			msg = strings.TrimPrefix(msg, cmd.Name()+": ") // said once
		}
		fmt.Fprintf(stderr, "%s: %s\n", who, msg)
		return 1
	}
	return 0
}

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:           "talksbot",
		Short:         "Answers questions about the Ukraine peace talks from vetted news articles",
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       versionLine(),
	}
	root.SetVersionTemplate("talksbot {{.Version}}\n")
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		// `invalid argument "x" for "--limit" flag: strconv.ParseInt: …`
		// says enough before its Go part.
		msg, _, _ := strings.Cut(err.Error(), " flag: ")
		if msg != err.Error() {
			msg += " flag"
		}
		return userErrorf("%s; see %s --help", msg, cmd.CommandPath())
	})
	pf := root.PersistentFlags()
	pf.String("config", "", "config file (default: ./talksbot.yaml, the user config dir, /etc/talksbot)")
	pf.String("corpus", "", "corpus folder (default: the embedded articles)")
	pf.String("data-dir", "", "where the index is kept (default: the user cache dir)")
	pf.String("log-level", "", "debug, info, warn or error")
	root.AddCommand(
		newAskCmd(),
		newInspectCmd(),
		newTopicsCmd(),
		newTopicCmd(),
		newEvalCmd(),
		newSourcesCmd(),
		newIndexCmd(),
		newServeCmd(),
		newConfigCmd(),
	)
	return root
}
