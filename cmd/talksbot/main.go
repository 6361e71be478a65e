package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
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
// directly.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	root := newRootCmd(stdout, stderr)
	root.SetArgs(args)
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintln(stderr, "talksbot:", err)
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
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
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
		newIndexCmd(),
		newServeCmd(),
		newConfigCmd(),
	)
	return root
}
