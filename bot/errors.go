package bot

import (
	"context"
	"errors"

	"github.com/talksbot/talksbot/index"
	"github.com/talksbot/talksbot/internal/i18n"
)

// errorResponseIn chooses the friendly words for an error, in l; the
// chain goes to the log, never to the user.
func errorResponseIn(err error, l i18n.Lang) *Response {
	key := "error.internal"
	switch {
	case errors.Is(err, index.ErrEmptyQuestion):
		key = "error.empty_question"
	case errors.Is(err, context.DeadlineExceeded):
		key = "error.too_slow"
	}
	return &Response{Content: l.T(key), Ephemeral: true, NewMessage: true}
}
