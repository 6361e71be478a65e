// Package localask lets `talksbot ask` be answered by a running `talksbot
// serve --watch` over the same corpus folder and data directory: the
// serve listens on a unix socket in the data directory, named for the
// corpus folder, and answers one question per connection with the text
// `ask` prints and its --json form. Asking beside the bot then neither
// stats every file of a large folder nor opens the index a second time,
// and prints what Discord members get from the bot at that moment, from
// the index its watcher keeps up to date (within the watcher's debounce
// after a change). When nothing answers, ask reads the folder as always.
//
// Only the user running the serve may use the socket (mode 0600). A
// request and a reply are one JSON line each, both bounded in size, and
// a question in time. It is plain Go over the answer engine: no Discord,
// no bleve, no configuration.
package localask
