//go:build race

package bot_test

// raceDetector is true when tests run with -race.
const raceDetector = true
