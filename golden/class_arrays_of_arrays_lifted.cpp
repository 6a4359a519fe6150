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

// The state machine of boards(), line 46. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct boards_machine {
  boards_machine() {}
  ~boards_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Board, Cell[2][1][2], Cell[2][2], Cell[2][3], Pause> &&
      !asl::usually_suspends<Pause>;

  asl::task_builder<int> builder_;
  union {
    Board b;
  };
  union {
    Cell board[2][3];
  };
  union {
    Cell elided[2][2];
  };
  union {
    Cell cube[2][1][2];
  };
  union {
    Pause awaiter0_;
    Pause awaiter1_;
    Pause awaiter2_;
  };
  int state_ = -1;
  bool board_live_ = false;
  bool elided_live_ = false;
  bool cube_live_ = false;
  bool b_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(b, b_live_);
    asl::destroy(cube, cube_live_);
    asl::destroy(elided, elided_live_);
    asl::destroy(board, board_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> boards() { return asl::start<boards_machine>(); }

inline void boards_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    default:
      break;
    }
    {
      asl::init_rows(
          board,
          [&](auto &row) {
            ::new (asl::place(row)) Cell[3]{Cell('a'), Cell('b'), Cell('c')};
          },
          [&](auto &row) {
            ::new (asl::place(row)) Cell[3]{Cell('d'), Cell('e'), Cell('f')};
          });
      board_live_ = true;

      // co_await Pause{} (line 49)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      std::printf("board %c%c\n", board[0][2].c, board[1][0].c);
      {
        asl::init_rows(
            elided,
            [&](auto &row) {
              ::new (asl::place(row)) Cell[2]{Cell('g'), Cell('h')};
            },
            [&](auto &row) {
              ::new (asl::place(row)) Cell[2]{Cell('i'), Cell('j')};
            });
        elided_live_ = true;

        // co_await Pause{} (line 53)
        ::new (asl::place(awaiter1_)) Pause(Pause{});
        if (!awaiter1_.await_ready()) {
          state_ = 1;
          builder_.await_on_completed(awaiter1_, *this);
          unwind_.release();
          return;
        resume1_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter1_.await_resume();

        std::printf("elided %c\n", elided[1][0].c);
        asl::destroy(elided, elided_live_);
      }
      asl::init_rows(
          cube,
          [&](auto &row) {
            asl::init_rows(row, [&](auto &row2) {
              ::new (asl::place(row2)) Cell[2]{Cell('k'), Cell('l')};
            });
          },
          [&](auto &row) {
            asl::init_rows(row, [&](auto &row2) {
              ::new (asl::place(row2)) Cell[2]{Cell('m'), Cell('n')};
            });
          });
      cube_live_ = true;

      ::new (asl::place(b))
          Board{{{Cell('o'), Cell('p')}, {Cell('q'), Cell('r')}}, 3};
      b_live_ = true;

      // co_await Pause{} (line 58)
      ::new (asl::place(awaiter2_)) Pause(Pause{});
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter2_.await_resume();

      std::printf("cube %c, member %c, turn %d\n", cube[1][0][0].c,
                  b.cells[1][1].c, b.turn);
      builder_.set_result(board[1][2].c);
      asl::destroy(b, b_live_);
      asl::destroy(cube, cube_live_);
      asl::destroy(board, board_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of throwing(), line 64. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct throwing_machine {
  throwing_machine() {}
  ~throwing_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<Cell[2][2], Pause> && !asl::usually_suspends<Pause>;

  asl::task_builder<int> builder_;
  union {
    Cell board[2][2];
  };
  union {
    Pause awaiter0_;
  };
  int state_ = -1;
  bool board_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(board, board_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> throwing() { return asl::start<throwing_machine>(); }

inline void throwing_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      asl::init_rows(
          board,
          [&](auto &row) {
            ::new (asl::place(row)) Cell[2]{Cell('s'), Cell('t')};
          },
          [&](auto &row) {
            ::new (asl::place(row)) Cell[2]{Cell('u'), Cell('!')};
          });
      board_live_ = true;

      // co_await Pause{} (line 66)
      ::new (asl::place(awaiter0_)) Pause(Pause{});
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();

      builder_.set_result(board[0][0].c);
      asl::destroy(board, board_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
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
