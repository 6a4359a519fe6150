// Tasks of results more aligned than operator new's memory (a SIMD-sized
// vector, a cache-line-sized record), completed at once and after a
// suspension, awaited as a call and as a task held in a variable. Each
// result is read where the task keeps it, at its alignment: a native frame
// (clang-19 without -fcoro-aligned-allocation) is only 16-byte aligned, and
// a promise more aligned than that did not compile.
#include <asl/task.h>
#include <asl/thread_pool.h>

#include <cstdint>
#include <cstdio>
#include <string>

struct alignas(32) Vec8 {
  float lanes[8];
};

struct alignas(64) Record {
  std::string name;
  double score = 0;
  ~Record() { std::printf("~Record %s\n", name.c_str()); }
};

bool aligned(const void *address, std::size_t alignment) {
  return reinterpret_cast<std::uintptr_t>(address) % alignment == 0;
}

ASL_ASYNC asl::Task<Vec8> ramp(float step) {
  Vec8 v{};
  for (int i = 0; i < 8; ++i)
    v.lanes[i] = step * static_cast<float>(i);
  co_return v;
}

ASL_ASYNC asl::Task<Record> fetch(asl::ThreadPool *pool, std::string name) {
  co_await pool->schedule();
  co_return Record{std::move(name), 2.5};
}

ASL_ASYNC asl::Task<float> combine(asl::ThreadPool *pool) {
  Vec8 a = co_await ramp(1.0f);
  asl::Task<Record> pending = fetch(pool, "held");
  Record r = co_await std::move(pending);
  std::printf("%s %.1f %.1f\n", r.name.c_str(), r.score,
              static_cast<double>(a.lanes[7]));
  asl::Task<Vec8> ready = ramp(0.5f);
  std::printf("ready %d aligned %d\n", ready.is_ready(),
              aligned(&ready.result(), alignof(Vec8)));
  Vec8 b = co_await std::move(ready);
  co_return a.lanes[3] + b.lanes[3];
}

int main() {
  asl::ThreadPool pool(2);
  std::printf("%.1f\n", static_cast<double>(asl::sync_wait(combine(&pool))));
  asl::Task<Record> waited = fetch(&pool, "waited");
  Record r = asl::sync_wait(std::move(waited));
  std::printf("%s %.1f\n", r.name.c_str(), r.score);
}
