// Checks events kept in an array, one per message: set() resumes every waiter
// inline in the order they began waiting; a waiter that sets the next event
// from inside that resumption finishes its step before the next event's
// waiters run; and a late joiner finds the events already set.
#include <asl/task.h>

#include <iostream>
#include <string>

constexpr int kMessages = 5;

struct ChatRoom {
  std::string authors[kMessages];
  std::string texts[kMessages];
  asl::Event posted[kMessages];
  int count = 0;

  void post(const std::string &author, const std::string &text) {
    int slot = count++;
    std::cout << author << " posts \"" << text << "\"\n";
    authors[slot] = author;
    texts[slot] = text;
    posted[slot].set();
    std::cout << "  (message " << slot << " delivered)\n";
  }
};

// The state machine of member(), line 28. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct member_machine {
  member_machine(ChatRoom &room, std::string &name)
      : name(std::move(name)), room(room) {}
  ~member_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'name' may be kept
  // (line 32).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::string name;
  ChatRoom &room;
  union {
    asl::event_awaiter awaiter0_;
  };
  int seen;
  int i;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> member(ChatRoom &room, std::string name) {
  return asl::start<member_machine>(room, name);
}

inline void member_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      seen = 0;

      for (i = 0; i < kMessages; ++i) {
        // co_await room.posted[i] (line 31)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(room.posted[i]));
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

        if (room.authors[i] == name)
          continue;
        std::cout << "  " << name << " sees " << room.authors[i] << ": "
                  << room.texts[i] << "\n";
        ++seen;
        if (room.texts[i] == "bye " + name)
          break;
      }
      builder_.set_result(std::move(seen));
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// Answers questions; its post() wakes the other members from inside the
// resumption of the message it answers, and they run once it suspends.
// The state machine of help_bot(), line 45. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct help_bot_machine {
  explicit help_bot_machine(ChatRoom &room) : room(room) {}
  ~help_bot_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable = asl::relocatable<asl::event_awaiter, int>;

  asl::task_builder<void> builder_;
  ChatRoom &room;
  union {
    asl::event_awaiter awaiter0_;
  };
  int answered;
  int i;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<void> help_bot(ChatRoom &room) {
  return asl::start<help_bot_machine>(room);
}

inline void help_bot_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      answered = 0;

      i = 0;

      while (i < kMessages) {
        // co_await room.posted[i] (line 49)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(room.posted[i]));
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

        std::string text = room.texts[i];
        ++i;
        if (text.back() != '?')
          continue;
        ++answered;
        room.post("bot", "answer #" + std::to_string(answered));
      }
    }
    builder_.set_result();
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
  state_ = -2;
  builder_.complete();
}

int main() {
  ChatRoom room;
  asl::Task<int> alice = member(room, "alice");
  asl::Task<int> bob = member(room, "bob");
  asl::Task<void> bot = help_bot(room);

  room.post("alice", "hi all");
  room.post("bob", "what time is it?");
  room.post("alice", "bye bob");
  std::cout << "bob finished: " << bob.is_ready() << "\n";

  asl::Task<int> carol = member(room, "carol");
  std::cout << "carol read the history, still waiting: " << !carol.is_ready()
            << "\n";
  room.post("alice", "closing the room");

  std::cout << "alice saw " << asl::sync_wait(std::move(alice)) << "\n";
  std::cout << "bob saw " << asl::sync_wait(std::move(bob)) << "\n";
  std::cout << "carol saw " << asl::sync_wait(std::move(carol)) << "\n";
  asl::sync_wait(std::move(bot));
  std::cout << "bot done\n";
}
