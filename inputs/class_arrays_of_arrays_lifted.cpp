// Checks arrays of arrays of a class without a default constructor that
// live across awaits: `Cell board[2][3] = {{Cell('a'), ...}, ...};`, one
// with elided braces, one of three dimensions, an aggregate with such a
// member (built whole: g++ accepts the list for a member), and one whose
// element constructor throws partway (the elements built before it are
// destroyed, last first, and the task ends with the exception). The
// machine builds such an array one row at a time (g++ 12 rejects a
// new-expression of the whole array from its list); the elements are built
// once each, in order, and destroyed, last first, where the array's scope
// ends.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>

// The elided braces are the point of one array below.
#pragma GCC diagnostic ignored "-Wmissing-braces"

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

struct Cell {
  char c;
  explicit Cell(char ch) : c(ch) {
    if (ch == '!')
      throw std::runtime_error("bad cell");
    std::printf("  +%c\n", c);
  }
  Cell(const Cell &other) : c(other.c) { std::printf("  copy %c\n", c); }
  ~Cell() { std::printf("  -%c\n", c); }
};

struct Board {
  Cell cells[2][2];
  int turn;
};

ASL_ASYNC asl::Task<int> boards() {
  Cell board[2][3] = {{Cell('a'), Cell('b'), Cell('c')},
                      {Cell('d'), Cell('e'), Cell('f')}};
  co_await Pause{};
  std::printf("board %c%c\n", board[0][2].c, board[1][0].c);
  {
    Cell elided[2][2] = {Cell('g'), Cell('h'), Cell('i'), Cell('j')};
    co_await Pause{};
    std::printf("elided %c\n", elided[1][0].c);
  }
  Cell cube[2][1][2] = {{{Cell('k'), Cell('l')}}, {{Cell('m'), Cell('n')}}};
  Board b = {{{Cell('o'), Cell('p')}, {Cell('q'), Cell('r')}}, 3};
  co_await Pause{};
  std::printf("cube %c, member %c, turn %d\n", cube[1][0][0].c,
              b.cells[1][1].c, b.turn);
  co_return board[1][2].c;
}

ASL_ASYNC asl::Task<int> throwing() {
  Cell board[2][2] = {{Cell('s'), Cell('t')}, {Cell('u'), Cell('!')}};
  co_await Pause{};
  co_return board[0][0].c;
}

template <class T> static T run(asl::Task<T> t) {
  while (pending) {
    std::function<void()> resume = std::move(pending);
    pending = nullptr;
    resume();
  }
  return asl::sync_wait(std::move(t));
}

int main() {
  std::printf("boards -> %c\n", run(boards()));
  try {
    run(throwing());
  } catch (const std::exception &e) {
    std::printf("throwing -> %s\n", e.what());
  }
}
