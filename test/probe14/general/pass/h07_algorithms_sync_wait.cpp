// h07: a leaderboard: std::sort with a comparator that calls sync_wait on
// tasks that complete at once, std::for_each and std::transform with
// lambdas capturing lifted locals by reference inside a coroutine, and
// std::count_if / std::accumulate around awaits.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// Our own scheduler: suspended awaits queue here, drain() resumes them
// in order, on this thread (deterministic output).
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// later(v): suspends once, then yields v.
template <class T> struct Later {
  T val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  T await_resume() { return std::move(val); }
};
template <class T> [[maybe_unused]] static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// tick(): suspends once, yields nothing.
struct Tick {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  void await_resume() const noexcept {}
};
[[maybe_unused]] static Tick tick() { return {}; }
// A guard whose constructor and destructor print.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

struct Player {
  std::string name;
  int score;
};

// Completes synchronously: safe to sync_wait from a comparator.
ASL_ASYNC asl::Task<int> rating(const Player &p) {
  co_return p.score * 10 + static_cast<int>(p.name.size());
}

ASL_ASYNC asl::Task<int> bonus(const std::string &name) {
  co_await tick();
  co_return name[0] == 'a' ? 5 : 1;
}

ASL_ASYNC asl::Task<std::vector<std::string>> leaderboard(
    std::vector<Player> players) {
  int round = co_await later(1);
  std::vector<int> bonuses;
  for (auto &p : players)
    bonuses.push_back(co_await bonus(p.name));
  int applied = 0;
  std::for_each(players.begin(), players.end(), [&](Player &p) {
    p.score += bonuses[static_cast<std::size_t>(applied++)] * round;
  });
  co_await tick();
  std::sort(players.begin(), players.end(),
            [](const Player &a, const Player &b) {
              int ra = asl::sync_wait(rating(a));
              int rb = asl::sync_wait(rating(b));
              if (ra != rb)
                return ra > rb;
              return a.name < b.name;
            });
  std::vector<std::string> lines(players.size());
  int rank = 0;
  std::transform(players.begin(), players.end(), lines.begin(),
                 [&rank, round](const Player &p) {
                   return std::to_string(++rank) + ". " + p.name + " " +
                          std::to_string(p.score) + " r" +
                          std::to_string(round);
                 });
  auto high = std::count_if(players.begin(), players.end(),
                            [limit = co_await later(20)](const Player &p) {
                              return p.score >= limit;
                            });
  int total = std::accumulate(
      players.begin(), players.end(), co_await later(0),
      [](int acc, const Player &p) { return acc + p.score; });
  lines.push_back("high=" + std::to_string(high) +
                  " total=" + std::to_string(total) +
                  " applied=" + std::to_string(applied));
  co_return lines;
}

int main() {
  auto t = leaderboard({{"bob", 12}, {"alice", 15}, {"cy", 20},
                        {"al", 15}, {"dan", 3}});
  drain();
  for (const auto &l : asl::sync_wait(std::move(t)))
    std::printf("%s\n", l.c_str());
}
