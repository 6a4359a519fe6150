// c84: a turn-based board game: a 3x3 board of Cell objects (no default
// constructor) kept across the players' awaited moves, a winner check over
// rows, columns and diagonals.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a moved-from Tr is silent, so extra moves do not show.
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// later(v) prints, then suspends on an event that pump() sets (FIFO).
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
}
ASL_ASYNC asl::Task<int> later(int v) {
  std::printf("later %d\n", v);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}
ASL_ASYNC asl::Task<int> now(int v) {
  std::printf("now %d\n", v);
  co_return v;
}
ASL_ASYNC asl::Task<std::string> word(std::string s) {
  std::printf("word %s\n", s.c_str());
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return s;
}
ASL_ASYNC asl::Task<bool> flag(const char *tag, bool b) {
  std::printf("flag %s\n", tag);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return b;
}
template <class R> R drive(asl::Task<R> t) {
  pump();
  return asl::sync_wait(std::move(t));
}


struct Cell {
  explicit Cell(char c) : mark(c) {}
  char mark;
};

ASL_ASYNC asl::Task<int> choose(int player, int turn) {
  co_await later(turn);
  static const int order[] = {4, 0, 8, 2, 6, 1, 7, 3, 5};
  (void)player;
  co_return order[turn];
}

static char winner(Cell (&b)[3][3]) {
  for (int i = 0; i < 3; ++i) {
    if (b[i][0].mark != '.' && b[i][0].mark == b[i][1].mark &&
        b[i][1].mark == b[i][2].mark)
      return b[i][0].mark;
    if (b[0][i].mark != '.' && b[0][i].mark == b[1][i].mark &&
        b[1][i].mark == b[2][i].mark)
      return b[0][i].mark;
  }
  if (b[1][1].mark != '.' && ((b[0][0].mark == b[1][1].mark &&
                               b[1][1].mark == b[2][2].mark) ||
                              (b[0][2].mark == b[1][1].mark &&
                               b[1][1].mark == b[2][0].mark)))
    return b[1][1].mark;
  return '.';
}

ASL_ASYNC asl::Task<char> play() {
  Cell board[3][3] = {{Cell('.'), Cell('.'), Cell('.')},
                      {Cell('.'), Cell('.'), Cell('.')},
                      {Cell('.'), Cell('.'), Cell('.')}};
  for (int turn = 0; turn < 9; ++turn) {
    int player = turn % 2;
    int at = co_await choose(player, turn);
    board[at / 3][at % 3].mark = player ? 'O' : 'X';
    if (char w = winner(board); w != '.') {
      std::printf("turn %d\n", turn);
      co_return w;
    }
  }
  co_return '-';
}

int main() { std::printf("winner %c\n", drive(play())); }
