// Map-reduce word counting on the thread pool: documents split into shards,
// each shard counted on a worker into its own map, maps merged in shard
// order on the caller; top words sorted by count then name.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>
#include <asl/channel.h>
#include <asl/mutex.h>
#include <asl/thread_pool.h>
#include <asl/timer_queue.h>
#include <asl/cancellation.h>

#include <algorithm>
#include <any>
#include <array>
#include <bitset>
#include <chrono>
#include <complex>
#include <iostream>
#include <list>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <cstdint>
#include <cstring>
#include <exception>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <queue>
#include <numeric>
#include <cctype>
#include <mutex>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

// T prints its life; a moved-from T is silent, so extra moves do not show.
struct T {
  std::string n;
  explicit T(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  T(const T &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  T(T &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  T &operator=(const T &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  T &operator=(T &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~T() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Hold suspends; pump() resumes the suspended tasks in order.
static std::deque<std::function<void()>> parked;
struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void pump() {
  while (!parked.empty()) {
    auto f = std::move(parked.front());
    parked.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> num(const char *tag, int v) {
  std::printf("num %s\n", tag);
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<std::string> text(std::string v) {
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<bool> yes(const char *tag, bool v) {
  std::printf("yes %s\n", tag);
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<std::unordered_map<std::string, int>>
count_shard(asl::ThreadPool &pool, std::vector<std::string> docs) {
  co_await pool.schedule();
  std::unordered_map<std::string, int> counts;
  for (const std::string &d : docs) {
    std::string word;
    for (char ch : d + " ") {
      if (std::isalpha(static_cast<unsigned char>(ch))) {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      } else if (!word.empty()) {
        ++counts[word];
        word.clear();
      }
    }
  }
  co_return counts;
}

ASL_ASYNC asl::Task<std::vector<std::pair<std::string, int>>>
top_words(asl::ThreadPool &pool, const std::vector<std::string> &docs,
          std::size_t shards, std::size_t k) {
  std::vector<asl::Task<std::unordered_map<std::string, int>>> tasks;
  for (std::size_t s = 0; s < shards; ++s) {
    std::vector<std::string> part;
    for (std::size_t i = s; i < docs.size(); i += shards)
      part.push_back(docs[i]);
    tasks.push_back(count_shard(pool, std::move(part)));
  }
  std::map<std::string, int> total;
  for (auto &t : tasks)
    for (auto &[w, n] : co_await std::move(t))
      total[w] += n;
  std::vector<std::pair<std::string, int>> v(total.begin(), total.end());
  std::sort(v.begin(), v.end(), [](const auto &a, const auto &b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  if (v.size() > k)
    v.resize(k);
  co_return v;
}

int main() {
  std::vector<std::string> docs{
      "The quick brown fox jumps over the lazy dog.",
      "A dog is a man's best friend; the fox is not.",
      "Quick! The dog, the fox, the bird.",
      "Nothing here but the usual words: the, a, is.",
      "Brown bread and brown sugar.",
  };
  for (unsigned w : {1u, 3u}) {
    asl::ThreadPool pool(w);
    for (std::size_t shards : {1u, 2u, 5u}) {
      auto top = asl::sync_wait(top_words(pool, docs, shards, 5));
      std::printf("w%u s%zu:", w, shards);
      for (auto &[word, n] : top)
        std::printf(" %s=%d", word.c_str(), n);
      std::printf("\n");
    }
  }
}
