// The Go side of B5, B6 and B7: the same workloads with goroutines, a
// WaitGroup per join and unbuffered channels, on GOMAXPROCS = 2 (the two
// cores of the machine). Each repetition prints one JSON line per workload,
// in the shape the runner reads from Google Benchmark:
//
//	{"name": "B5/fib", "ns_per_op": 41.5, "ops_per_call": 2692537}
//
// Usage: asl-bench-go [-reps N] [-fib N] [-skynet LEAVES] [-pingpong ROUNDS]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// fib spawns its n-1 branch as a goroutine and computes n-2 itself.
func fib(n int) int64 {
	if n < 2 {
		return int64(n)
	}
	var wg sync.WaitGroup
	var first int64
	wg.Add(1)
	go func() {
		first = fib(n - 1)
		wg.Done()
	}()
	second := fib(n - 2)
	wg.Wait()
	return first + second
}

func fibCalls(n int) int64 {
	if n < 2 {
		return 1
	}
	return 1 + fibCalls(n-1) + fibCalls(n-2)
}

// skynet starts a goroutine per child and collects the children's sums.
func skynet(num, size int64) int64 {
	if size == 1 {
		return num
	}
	var wg sync.WaitGroup
	var parts [10]int64
	childSize := size / 10
	for i := int64(0); i < 10; i++ {
		wg.Add(1)
		go func(i int64) {
			parts[i] = skynet(num+i*childSize, childSize)
			wg.Done()
		}(i)
	}
	wg.Wait()
	var sum int64
	for _, part := range parts {
		sum += part
	}
	return sum
}

// pingPong sends `rounds` messages to a second goroutine, which answers each
// on another unbuffered channel. With hog, a third goroutine spins on a CPU
// for the whole exchange; it is running before the exchange starts. Returns
// the time from the first message to the last answer, which is what the
// C++ side times too (bench/ping_pong.cpp).
func pingPong(rounds int, hog bool) time.Duration {
	var stop, running int32
	hogDone := make(chan struct{})
	if hog {
		go func() {
			atomic.StoreInt32(&running, 1)
			for atomic.LoadInt32(&stop) == 0 {
			}
			close(hogDone)
		}()
		for atomic.LoadInt32(&running) == 0 {
			runtime.Gosched()
		}
	}
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for i := 0; i < rounds; i++ {
			pong <- <-ping
		}
	}()
	start := time.Now()
	for i := 0; i < rounds; i++ {
		ping <- i
		if <-pong != i {
			panic("ping-pong out of order")
		}
	}
	elapsed := time.Since(start)
	if hog {
		atomic.StoreInt32(&stop, 1)
		<-hogDone
	}
	return elapsed
}

type result struct {
	Name       string  `json:"name"`
	NsPerOp    float64 `json:"ns_per_op"`
	OpsPerCall int64   `json:"ops_per_call"`
}

// measure runs f once to warm up, then as often as fits in minTime, and
// reports the time per operation.
func measure(name string, ops int64, minTime time.Duration, f func()) {
	measureTimed(name, ops, minTime, func() time.Duration {
		start := time.Now()
		f()
		return time.Since(start)
	})
}

// measureTimed is measure for an f that times itself: it returns the part of
// its run that counts.
func measureTimed(name string, ops int64, minTime time.Duration,
	f func() time.Duration) {
	f()
	calls := 0
	var counted time.Duration
	start := time.Now()
	for calls == 0 || time.Since(start) < minTime {
		counted += f()
		calls++
	}
	line, _ := json.Marshal(result{name, float64(counted.Nanoseconds()) /
		float64(int64(calls)*ops), ops})
	fmt.Println(string(line))
}

func main() {
	reps := flag.Int("reps", 1, "repetitions of every workload")
	fibN := flag.Int("fib", 30, "n of fib(n)")
	leaves := flag.Int64("skynet", 1000000, "leaves of the skynet tree")
	rounds := flag.Int("pingpong", 100000, "round trips per ping-pong call")
	minTime := flag.Duration("min-time", 200*time.Millisecond,
		"time each measurement runs for at least")
	only := flag.String("only", "", "run only the workload with this name")
	flag.Parse()
	runtime.GOMAXPROCS(2)

	want := func(name string) bool { return *only == "" || *only == name }
	for r := 0; r < *reps; r++ {
		if want("B5/fib") {
			measure("B5/fib", fibCalls(*fibN), *minTime, func() {
				fib(*fibN)
			})
		}
		if want("B6/skynet") {
			expected := *leaves * (*leaves - 1) / 2
			measure("B6/skynet", *leaves*10/9, *minTime, func() {
				if skynet(0, *leaves) != expected {
					fmt.Fprintln(os.Stderr, "skynet: wrong sum")
					os.Exit(1)
				}
			})
		}
		if want("B7/ping_pong") {
			measureTimed("B7/ping_pong", int64(*rounds), *minTime,
				func() time.Duration { return pingPong(*rounds, false) })
		}
		if want("B7/ping_pong_with_hog") {
			measureTimed("B7/ping_pong_with_hog", int64(*rounds), *minTime,
				func() time.Duration { return pingPong(*rounds, true) })
		}
	}
}
