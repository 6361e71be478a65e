package localask

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"time"

	"github.com/talksbot/talksbot/index"
)

const (
	// localDial bounds connecting to a serve: one that is there answers
	// at once.
	localDial = 200 * time.Millisecond
	// localAnswer bounds one question over the socket.
	localAnswer = 30 * time.Second
	// maxLocalRequest and maxLocalReply bound what either side reads.
	maxLocalRequest = 64 << 10
	maxLocalReply   = 16 << 20
	// maxSocketPath is the longest path a unix socket may have on every
	// platform talksbot runs on (104 bytes on macOS, 108 on Linux).
	maxSocketPath = 103
	// localConns bounds the questions answered at once over the socket.
	localConns = 8
)

// ErrTaken says another process answers for this corpus folder already.
var ErrTaken = errors.New("another talksbot serve answers for this corpus folder")

// Question is one question as it travels, with what `talksbot ask` was
// told of it.
type Question struct {
	Text  string `json:"question"`
	Limit int    `json:"limit"`
	// After names the person the asker's previous answer was about, for
	// a follow-up (index.AskOptions.After); "" when none.
	After string `json:"after,omitempty"`
}

// Reply is an answer as it travels: Text is the answer as `talksbot ask`
// prints it (index.Render), JSON as `ask --json` does.
type Reply struct {
	Text string `json:"text,omitempty"`
	JSON string `json:"json,omitempty"`
	// Empty says the question had no words to look for.
	Empty bool `json:"empty,omitempty"`
	// Error says the serve could not answer; ask then answers itself.
	Error string `json:"error,omitempty"`
}

// Socket is where a process serving corpusDir answers, in dataDir; ok is
// false when there is no such place (the embedded corpus, a path too long
// for a socket).
func Socket(dataDir, corpusDir string) (string, bool) {
	if corpusDir == "" || dataDir == "" {
		return "", false
	}
	abs, err := filepath.Abs(corpusDir)
	if err != nil {
		return "", false
	}
	sum := sha256.Sum256([]byte(filepath.Clean(abs)))
	p := filepath.Join(dataDir, "ask-"+hex.EncodeToString(sum[:8])+".sock")
	return p, len(p) <= maxSocketPath
}

// Answerer answers one question: the answer's text as `talksbot ask`
// prints it and its `--json` form. index.ErrEmptyQuestion says the
// question had no words to look for.
type Answerer func(ctx context.Context, q Question) (text, json string, err error)

// Serve answers questions over the socket at path until ctx ends, with
// answer. It returns ErrTaken when another process answers there
// already; a socket left by a crash is replaced.
func Serve(ctx context.Context, path string, answer Answerer, log *slog.Logger) error {
	if c, err := net.DialTimeout("unix", path, localDial); err == nil {
		_ = c.Close()
		return ErrTaken
	}
	// Only this user may ask: the socket answers from the articles, but
	// it is a door into the running bot. It is made under another name,
	// closed to others, and only then given its own, so that no one can
	// connect before it is.
	tmp := fmt.Sprintf("%s.%d.tmp", path, os.Getpid())
	_ = os.Remove(tmp)
	ln, err := net.Listen("unix", tmp)
	if err != nil {
		return fmt.Errorf("local socket: %w", err)
	}
	ln.(*net.UnixListener).SetUnlinkOnClose(false)
	if err := os.Chmod(tmp, 0o600); err != nil {
		_ = ln.Close()
		_ = os.Remove(tmp)
		return fmt.Errorf("local socket: %w", err)
	}
	_ = os.Remove(path) // a crash's leftover: nobody answers there
	if err := os.Rename(tmp, path); err != nil {
		_ = ln.Close()
		_ = os.Remove(tmp)
		return fmt.Errorf("local socket: %w", err)
	}
	go func() {
		<-ctx.Done()
		_ = ln.Close()
	}()
	defer os.Remove(path) // before Serve returns: nothing answers there now
	log.Info("answering talksbot ask for this corpus folder", "socket", path)
	sem := make(chan struct{}, localConns)
	for {
		conn, err := ln.Accept()
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("local socket: %w", err)
		}
		sem <- struct{}{}
		go func() {
			defer func() { <-sem }()
			defer conn.Close()
			if err := answerOne(ctx, conn, answer); err != nil {
				log.Debug("local ask", "err", err)
			}
		}()
	}
}

// Wait returns once a process answers at path, or with ctx's error.
func Wait(ctx context.Context, path string) error {
	for {
		if c, err := net.DialTimeout("unix", path, localDial); err == nil {
			return c.Close()
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// answerOne reads one question from conn and writes its answer.
func answerOne(ctx context.Context, conn net.Conn, answer Answerer) error {
	_ = conn.SetDeadline(time.Now().Add(localAnswer))
	var req Question
	line, err := bufio.NewReader(io.LimitReader(conn, maxLocalRequest)).ReadBytes('\n')
	if err != nil {
		return err
	}
	if err := json.Unmarshal(line, &req); err != nil {
		return err
	}
	var reply Reply
	ctx, cancel := context.WithTimeout(ctx, localAnswer)
	defer cancel()
	req.Limit = max(req.Limit, 1)
	text, js, err := answer(ctx, req)
	switch {
	case errors.Is(err, index.ErrEmptyQuestion):
		reply.Empty = true
	case err != nil:
		reply.Error = err.Error()
	default:
		reply.Text, reply.JSON = text, js
	}
	return json.NewEncoder(conn).Encode(reply)
}

// Ask asks the process answering at path, if one does; ok is false when
// none does, or it could not answer (the asker then answers itself).
func Ask(ctx context.Context, path string, q Question) (Reply, bool) {
	d := net.Dialer{Timeout: localDial}
	conn, err := d.DialContext(ctx, "unix", path)
	if err != nil {
		return Reply{}, false
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(localAnswer))
	b, err := json.Marshal(q)
	if err != nil {
		return Reply{}, false
	}
	if _, err := conn.Write(append(b, '\n')); err != nil {
		return Reply{}, false
	}
	var reply Reply
	if err := json.NewDecoder(io.LimitReader(conn, maxLocalReply)).Decode(&reply); err != nil || reply.Error != "" {
		return Reply{}, false
	}
	return reply, true
}
