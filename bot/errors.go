package bot

import (
	"context"
	"errors"

	"github.com/talksbot/talksbot/index"
	"github.com/talksbot/talksbot/internal/i18n"
)

// errorResponseIn is errorResponse (dispatch.go) in l: the catalogue's
// words for the error kinds it knows, errorResponse's English for a kind
// it does not know yet. The chain goes to the log, never to the user.
func errorResponseIn(err error, l i18n.Lang) *Response {
	resp := errorResponse(err)
	key := ""
	switch {
	case errors.Is(err, index.ErrEmptyQuestion):
		key = "error.empty_question"
	case errors.Is(err, context.DeadlineExceeded):
		key = "error.too_slow"
	case resp.Content == errorResponse(errUnknown).Content:
		key = "error.internal"
	}
	if key != "" {
		resp.Content = l.T(key)
	}
	return resp
}

// errUnknown stands for any error errorResponse has no words of its own
// for.
var errUnknown = errors.New("bot: some error")
