package discordtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"
)

// Routes of the REST calls a bot makes, as used by FailNext and
// Request.Route: the method, a space, and the path pattern under /api/v9.
const (
	RouteGateway            = "GET /gateway"
	RouteGatewayBot         = "GET /gateway/bot"
	RouteGlobalCommands     = "PUT /applications/{app}/commands"
	RouteGuildCommands      = "PUT /applications/{app}/guilds/{guild}/commands"
	RouteGlobalCommandsList = "GET /applications/{app}/commands"
	RouteGuildCommandsList  = "GET /applications/{app}/guilds/{guild}/commands"
	RouteCallback           = "POST /interactions/{id}/{token}/callback"
	RouteFollowup           = "POST /webhooks/{app}/{token}"
	RouteWebhookMessageEdit = "PATCH /webhooks/{app}/{token}/messages/{message}" // @original included
	RouteWebhookMessageGet  = "GET /webhooks/{app}/{token}/messages/{message}"
	RouteWebhookMessageDel  = "DELETE /webhooks/{app}/{token}/messages/{message}"
	RouteChannelMessage     = "POST /channels/{channel}/messages"
	RouteChannelMessageEdit = "PATCH /channels/{channel}/messages/{message}"
	RouteUserChannels       = "POST /users/@me/channels"
	RouteReaction           = "PUT /channels/{channel}/messages/{message}/reactions/{emoji}/@me"
)

const apiPrefix = "/api/v9"

// Request is one REST call the server received.
type Request struct {
	Time   time.Time
	Method string
	Path   string // as received, e.g. /api/v9/channels/1/messages
	Route  string // the matched route (see the Route constants); "" if none
	Query  url.Values
	// Header is the request's header with the Authorization value replaced
	// by "[redacted]" so a test log can never leak it.
	Header http.Header
	// Body is the JSON the client sent (payload_json for multipart bodies).
	Body  json.RawMessage
	Files []File
	// Status and Response are what the server answered.
	Status   int
	Response json.RawMessage
	// Err says why the server refused the request (validation, auth,
	// injected fault); "" when it was accepted.
	Err string
}

// File is a file uploaded in a multipart request.
type File struct {
	Field, Name, ContentType string
	Data                     []byte
}

// Decode unmarshals the request body into v.
func (r Request) Decode(v any) error {
	if err := json.Unmarshal(r.Body, v); err != nil {
		return fmt.Errorf("discordtest: decode %s %s: %w", r.Method, r.Path, err)
	}
	return nil
}

// OK reports whether the server accepted the request.
func (r Request) OK() bool { return r.Status >= 200 && r.Status < 300 }

// Requests returns every REST request so far, oldest first.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// RequestsTo returns the requests on one route (a Route constant), oldest
// first.
func (s *Server) RequestsTo(route string) []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Request
	for _, r := range s.requests {
		if r.Route == route {
			out = append(out, r)
		}
	}
	return out
}

// WaitRequest waits for a request (already received or future) for which
// match is true and returns the first one.
func (s *Server) WaitRequest(ctx context.Context, match func(Request) bool) (Request, error) {
	var found Request
	err := s.waitFor(ctx, "request", func() bool {
		for _, r := range s.requests {
			if match(r) {
				found = r
				return true
			}
		}
		return false
	})
	return found, err
}

// fault makes requests on a route fail.
type fault struct {
	route  string
	status int
	left   int
	limit  RateLimit // for a 429
}

// RateLimit is the 429 RateLimitNext answers with.
type RateLimit struct {
	// RetryAfter is how long Discord asks the client to wait; 0 means
	// Options.RetryAfter.
	RetryAfter time.Duration
	// Global makes it a global rate limit: until RetryAfter has passed,
	// the server refuses every REST request with a 429 of its own, as
	// Discord does (and counts them against the client).
	Global bool
}

// FailNext makes the next n requests on route (a Route constant, or "" for
// any route) fail with status before they reach the handler, so nothing
// changes on the server. A 429 carries Retry-After and retry_after
// (Options.RetryAfter), which discordgo waits for before retrying; discordgo
// also retries 502 (up to Session.MaxRestRetries) but no other 5xx.
func (s *Server) FailNext(route string, status, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, &fault{route: route, status: status, left: n})
}

// RateLimitNext makes the next n requests on route ("" for any) fail with
// a 429 carrying rl's retry_after (in the body, as Retry-After and as
// X-RateLimit-Reset-After) and, for a global limit, "global": true and
// X-RateLimit-Global. Requests refused during a global limit have Err
// "sent during a global rate limit".
func (s *Server) RateLimitNext(route string, rl RateLimit, n int) {
	if rl.RetryAfter <= 0 {
		rl.RetryAfter = s.opts.RetryAfter
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, &fault{route: route, status: http.StatusTooManyRequests, left: n, limit: rl})
}

// takeFaultLocked returns a pending fault for route, or nil.
func (s *Server) takeFaultLocked(route string) *fault {
	for i, f := range s.faults {
		if f.route != "" && f.route != route {
			continue
		}
		f.left--
		if f.left <= 0 {
			s.faults = append(s.faults[:i], s.faults[i+1:]...)
		}
		return f
	}
	return nil
}

// call is one request being handled.
type call struct {
	r       *http.Request
	req     *Request
	h       handler
	handled bool
	status  int
	body    any
}

type callKey struct{}

// handler answers a call with a status and a JSON-able body (nil for none).
// Handlers run with s.mu held.
type handler func(c *call) (int, any)

// route registers a handler for "METHOD /path" under /api/v9.
func (s *Server) route(pattern string, h handler) {
	method, p, _ := strings.Cut(pattern, " ")
	s.mux.Handle(method+" "+apiPrefix+p, http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) {
		c := r.Context().Value(callKey{}).(*call)
		c.r = r
		c.handled = true
		s.mu.Lock()
		defer s.mu.Unlock()
		c.status, c.body = h(c)
		// Record under the same lock as the handler's changes, so a test
		// that saw a change also sees the request that made it.
		s.recordLocked(c.req, c.status, c.body)
	}))
}

// discard is the ResponseWriter handed to the mux: handlers return their
// answer instead of writing it, so serveHTTP can record it first.
type discard struct{ h http.Header }

func (d *discard) Header() http.Header {
	if d.h == nil {
		d.h = http.Header{}
	}
	return d.h
}
func (d *discard) Write(b []byte) (int, error) { return len(b), nil }
func (d *discard) WriteHeader(int)             {}

// webhookRoutes accept requests without Authorization, as Discord does:
// the interaction token in the path is the credential.
var webhookRoutes = map[string]bool{
	RouteCallback: true, RouteFollowup: true, RouteWebhookMessageEdit: true,
	RouteWebhookMessageGet: true, RouteWebhookMessageDel: true,
}

// serveHTTP authenticates, records, injects faults and dispatches REST calls.
func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case strings.HasPrefix(r.URL.Path, "/gateway"):
		s.serveGateway(w, r)
		return
	case strings.HasPrefix(r.URL.Path, "/attachments/"):
		s.serveAttachment(w, r)
		return
	}
	req := &Request{
		Time:   time.Now(),
		Method: r.Method,
		Path:   r.URL.Path,
		Query:  r.URL.Query(),
		Header: r.Header.Clone(),
	}
	auth := r.Header.Get("Authorization")
	if auth != "" {
		req.Header.Set("Authorization", "[redacted]")
	}
	bodyErr := readBody(r, req)
	if _, pattern := s.mux.Handler(r); pattern != "" {
		method, p, _ := strings.Cut(pattern, " ")
		req.Route = method + " " + strings.TrimPrefix(p, apiPrefix)
	}

	if webhookRoutes[req.Route] && req.Route != RouteCallback {
		s.waitDelivered(r.Context(), r.URL.Path)
	}
	status, body, limit := s.answer(r, req, auth, bodyErr)
	s.mu.Lock()
	if req.Status == 0 { // not recorded by a handler
		s.recordLocked(req, status, body)
	}
	s.mu.Unlock()
	s.logf("%s %s -> %d %s", req.Method, req.Path, status, req.Err)

	if status == http.StatusTooManyRequests {
		w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(limit.RetryAfter.Seconds()))))
		w.Header().Set("X-RateLimit-Reset-After", strconv.FormatFloat(limit.RetryAfter.Seconds(), 'f', 3, 64))
		w.Header().Set("X-RateLimit-Scope", "user")
		if limit.Global {
			w.Header().Set("X-RateLimit-Global", "true")
			w.Header().Set("X-RateLimit-Scope", "global")
		}
	}
	if body == nil {
		w.WriteHeader(status)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(req.Response)
}

// answer decides the status and body of a recorded request, and for a
// 429 the rate limit it reports.
func (s *Server) answer(r *http.Request, req *Request, auth string, bodyErr error) (int, any, RateLimit) {
	none := RateLimit{}
	switch {
	case auth == "" && webhookRoutes[req.Route]:
	case auth != "Bot "+s.opts.Token:
		req.Err = "authorization is not \"Bot <token>\""
		return http.StatusUnauthorized, discordError{Message: "401: Unauthorized", Code: 0}, none
	}
	if bodyErr != nil {
		req.Err = bodyErr.Error()
		return http.StatusBadRequest, discordError{Message: "The request body contains invalid JSON.", Code: 50109}, none
	}
	s.mu.Lock()
	if left := time.Until(s.globalUntil); left > 0 {
		s.mu.Unlock()
		req.Err = "sent during a global rate limit"
		rl := RateLimit{RetryAfter: left, Global: true}
		return http.StatusTooManyRequests, rateLimitBody(rl), rl
	}
	f := s.takeFaultLocked(req.Route)
	if f != nil && f.status == http.StatusTooManyRequests && f.limit.Global {
		s.globalUntil = time.Now().Add(f.limit.RetryAfter)
	}
	s.mu.Unlock()
	switch {
	case f == nil:
	case f.status == http.StatusTooManyRequests:
		req.Err = "injected 429"
		rl := f.limit
		if rl.RetryAfter <= 0 {
			rl.RetryAfter = s.opts.RetryAfter
		}
		if rl.Global {
			req.Err = "injected global 429"
		}
		return f.status, rateLimitBody(rl), rl
	default:
		req.Err = fmt.Sprintf("injected %d", f.status)
		return f.status, discordError{Message: fmt.Sprintf("%d: %s", f.status, http.StatusText(f.status)), Code: 0}, none
	}
	c := &call{req: req}
	s.mux.ServeHTTP(&discard{}, r.WithContext(context.WithValue(r.Context(), callKey{}, c)))
	if !c.handled {
		req.Err = "no such route"
		return http.StatusNotFound, discordError{Message: "404: Not Found", Code: 0}, none
	}
	return c.status, c.body, none
}

// rateLimitBody is Discord's 429 body.
func rateLimitBody(rl RateLimit) map[string]any {
	return map[string]any{"message": "You are being rate limited.", "retry_after": rl.RetryAfter.Seconds(), "global": rl.Global}
}

// recordLocked completes a request with its answer and records it.
func (s *Server) recordLocked(req *Request, status int, body any) {
	req.Status = status
	if body != nil {
		req.Response = mustJSON(body)
	}
	if e, ok := body.(discordError); ok && status >= 400 && req.Err == "" {
		req.Err = e.Message
		if e.why != "" {
			req.Err += ": " + e.why
		}
	}
	s.requests = append(s.requests, *req)
	s.notifyLocked()
}

// readBody fills req.Body and req.Files from a JSON or multipart body.
func readBody(r *http.Request, req *Request) error {
	data, err := io.ReadAll(io.LimitReader(r.Body, 64<<20))
	if err != nil {
		return fmt.Errorf("read body: %w", err)
	}
	r.Body = io.NopCloser(bytes.NewReader(data))
	if len(data) == 0 {
		return nil
	}
	mt, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "multipart/form-data" {
		if !json.Valid(data) {
			return fmt.Errorf("body is not JSON")
		}
		req.Body = data
		return nil
	}
	mr := multipart.NewReader(bytes.NewReader(data), params["boundary"])
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("multipart: %w", err)
		}
		b, err := io.ReadAll(part)
		if err != nil {
			return fmt.Errorf("multipart: %w", err)
		}
		if part.FormName() == "payload_json" {
			if !json.Valid(b) {
				return fmt.Errorf("payload_json is not JSON")
			}
			req.Body = b
			continue
		}
		req.Files = append(req.Files, File{Field: part.FormName(), Name: path.Base(part.FileName()), ContentType: part.Header.Get("Content-Type"), Data: b})
	}
}
