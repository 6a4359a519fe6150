// A turn-based game loop: players are polymorphic async agents deciding moves
// (one awaits a "network" opponent), a referee validates moves with
// exceptions, the board is a std::array, win detection with a lambda.
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

enum class Cell : char { Empty = '.', X = 'X', O = 'O' };
using Board = std::array<Cell, 9>;

struct IllegalMove : std::exception {
  int at;
  explicit IllegalMove(int a) : at(a) {}
  const char *what() const noexcept override { return "illegal move"; }
};

struct Player {
  Cell mark;
  explicit Player(Cell m) : mark(m) {}
  virtual ~Player() = default;
  virtual asl::Task<int> move(const Board &b) = 0;
};

struct FirstFree : Player {
  using Player::Player;
  ASL_ASYNC asl::Task<int> move(const Board &b) override {
    co_await Hold{};
    for (int i : {4, 0, 2, 6, 8, 1, 3, 5, 7})
      if (b[i] == Cell::Empty)
        co_return i;
    co_return -1;
  }
};

struct Scripted : Player {
  std::deque<int> moves;
  Scripted(Cell m, std::deque<int> mv) : Player(m), moves(std::move(mv)) {}
  ASL_ASYNC asl::Task<int> move(const Board &) override {
    co_await Hold{};
    co_await Hold{};
    if (moves.empty())
      co_return -1;
    int m = moves.front();
    moves.pop_front();
    co_return m;
  }
};

Cell winner(const Board &b) {
  static const int lines[8][3] = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6},
                                  {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}};
  for (auto &l : lines)
    if (b[l[0]] != Cell::Empty && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]])
      return b[l[0]];
  return Cell::Empty;
}

ASL_ASYNC asl::Task<std::string> play(Player &a, Player &b) {
  Board board;
  board.fill(Cell::Empty);
  Player *turn[2] = {&a, &b};
  int strikes[2] = {0, 0};
  for (int ply = 0; ply < 20; ++ply) {
    Player &p = *turn[ply % 2];
    try {
      int m = co_await p.move(board);
      if (m < 0 || m > 8 || board[m] != Cell::Empty)
        throw IllegalMove(m);
      board[m] = p.mark;
    } catch (const IllegalMove &e) {
      std::printf("%c: %s at %d\n", static_cast<char>(p.mark), e.what(), e.at);
      if (++strikes[ply % 2] == 2)
        co_return std::string(1, static_cast<char>(p.mark)) + " forfeits";
      continue;
    }
    std::string row;
    for (Cell c : board)
      row += static_cast<char>(c);
    std::printf("%2d %s\n", ply, row.c_str());
    if (Cell w = winner(board); w != Cell::Empty)
      co_return std::string(1, static_cast<char>(w)) + " wins";
    if (std::none_of(board.begin(), board.end(),
                     [](Cell c) { return c == Cell::Empty; }))
      co_return "draw";
  }
  co_return "too long";
}

int main() {
  FirstFree bot(Cell::X);
  Scripted human(Cell::O, {0, 4, 2, 3, 5, 7});
  auto t = play(bot, human);
  pump();
  std::printf("%s\n", asl::sync_wait(std::move(t)).c_str());
  FirstFree bot2(Cell::O);
  Scripted bad(Cell::X, {9, 1, 1, 1});
  auto t2 = play(bad, bot2);
  pump();
  std::printf("%s\n", asl::sync_wait(std::move(t2)).c_str());
}
