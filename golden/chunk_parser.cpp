// Checks a parser that awaits input chunks fed by events kept in an array:
// chunks arrive out of order, two tasks wait on the same events (resumed in
// the order they began waiting), and a truncated stream throws to sync_wait.
#include <asl/task.h>

#include <iostream>
#include <map>
#include <stdexcept>
#include <string>

constexpr int kChunks = 5;

struct Feed {
  std::string chunks[kChunks];
  asl::Event arrived[kChunks];

  void deliver(int index, std::string text) {
    std::cout << "feed chunk " << index << ": \"" << text << "\"\n";
    chunks[index] = std::move(text);
    arrived[index].set();
  }
};

// Parses "key=value;" records that may be split anywhere between chunks.
// The state machine of parse_records(), line 25. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct parse_records_machine {
  parse_records_machine(Feed &feed, std::map<std::string, std::string> &out)
      : feed(feed), out(out) {}
  ~parse_records_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'key' may be kept
  // (line 41).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Feed &feed;
  std::map<std::string, std::string> &out;
  union {
    std::string key;
  };
  union {
    std::string value;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int records;
  int index;
  bool in_value;
  int state_ = -1;
  bool key_live_ = false;
  bool value_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(value, value_live_);
    asl::destroy(key, key_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int>
parse_records(Feed &feed, std::map<std::string, std::string> &out) {
  return asl::start<parse_records_machine>(feed, out);
}

inline void parse_records_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(key)) std::string;
      key_live_ = true;

      ::new (asl::place(value)) std::string;
      value_live_ = true;

      in_value = false;

      records = 0;

      index = 0;

      while (index < kChunks) {
        if (!feed.arrived[index].is_set())
          std::cout << "  parser waits for chunk " << index << "\n";
        // co_await feed.arrived[index] (line 35)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(feed.arrived[index]));
        awaiter0_live_ = true;
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
        asl::destroy(awaiter0_, awaiter0_live_);

        std::string chunk = feed.chunks[index];
        for (char c : chunk) {
          if (c == '=' && !in_value) {
            in_value = true;
          } else if (c == ';') {
            std::cout << "  record " << key << " = " << value << "\n";
            out[key] = value;
            key.clear();
            value.clear();
            in_value = false;
            ++records;
          } else {
            (in_value ? value : key) += c;
          }
        }
        ++index;
      }
      if (in_value || !key.empty())
        throw std::runtime_error("truncated record '" + key + "'");
      builder_.set_result(std::move(records));
      asl::destroy(value, value_live_);
      asl::destroy(key, key_live_);
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

// The state machine of count_bytes(), line 58. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct count_bytes_machine {
  explicit count_bytes_machine(Feed &feed) : feed(feed) {}
  ~count_bytes_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter, int, std::size_t>;

  asl::task_builder<std::size_t> builder_;
  Feed &feed;
  std::size_t bytes;
  union {
    asl::event_awaiter awaiter0_;
  };
  int i;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<std::size_t> count_bytes(Feed &feed) {
  return asl::start<count_bytes_machine>(feed);
}

inline void count_bytes_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      bytes = 0;

      for (i = 0; i < kChunks; ++i) {
        // co_await feed.arrived[i] (line 61)
        ::new (asl::place(awaiter0_))
            asl::event_awaiter(asl::get_awaiter(feed.arrived[i]));
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

        bytes += feed.chunks[i].size();
        std::cout << "  counter has " << bytes << " bytes\n";
      }
      builder_.set_result(std::move(bytes));
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

int main() {
  Feed feed;
  std::map<std::string, std::string> config;
  asl::Task<int> parser = parse_records(feed, config);
  asl::Task<std::size_t> counter = count_bytes(feed);

  feed.deliver(0, "host=exa");
  feed.deliver(2, "0;user=ad");
  feed.deliver(1, "mple.org;port=808");
  feed.deliver(4, "e=on;");
  feed.deliver(3, "min;verbos");

  int records = asl::sync_wait(std::move(parser));
  std::size_t bytes = asl::sync_wait(std::move(counter));
  std::cout << records << " records, " << bytes << " bytes\n";
  for (const auto &entry : config)
    std::cout << entry.first << " -> " << entry.second << "\n";

  Feed broken;
  std::map<std::string, std::string> partial;
  asl::Task<int> second = parse_records(broken, partial);
  const char *parts[kChunks] = {"a=1;", "b=2;c", "=3", ";d=", "4"};
  for (int i = 0; i < kChunks; ++i)
    broken.deliver(i, parts[i]);
  try {
    asl::sync_wait(std::move(second));
  } catch (const std::runtime_error &e) {
    std::cout << "error: " << e.what() << " after " << partial.size()
              << " record(s)\n";
  }
}
