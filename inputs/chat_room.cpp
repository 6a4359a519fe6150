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

ASL_ASYNC asl::Task<int> member(ChatRoom &room, std::string name) {
  int seen = 0;
  for (int i = 0; i < kMessages; ++i) {
    co_await room.posted[i];
    if (room.authors[i] == name)
      continue;
    std::cout << "  " << name << " sees " << room.authors[i] << ": "
              << room.texts[i] << "\n";
    ++seen;
    if (room.texts[i] == "bye " + name)
      break;
  }
  co_return seen;
}

// Answers questions; its post() wakes the other members from inside the
// resumption of the message it answers, and they run once it suspends.
ASL_ASYNC asl::Task<void> help_bot(ChatRoom &room) {
  int answered = 0;
  int i = 0;
  while (i < kMessages) {
    co_await room.posted[i];
    std::string text = room.texts[i];
    ++i;
    if (text.back() != '?')
      continue;
    ++answered;
    room.post("bot", "answer #" + std::to_string(answered));
  }
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
